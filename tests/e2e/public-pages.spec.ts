// @security
import { expect, test } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { axeViolations } from "../support/axe";
import { restoreCommitmentAfterAll, withAppDatabase } from "../support/e2e-database";

const SECRET_NOTE = "INTERNAL-ONLY: ministry asked us not to publish this yet";
const SECRET_EMAIL = "hidden.staffer@example.org";
const ARCHIVED_TITLE = "Archived commitment that must stay hidden";

test.describe.configure({ mode: "serial" });
restoreCommitmentAfterAll(e2eDataDir, "pe-migrant-children-school-documentation");

test.beforeAll(async () => {
  await withAppDatabase(e2eDataDir, async (prisma) => {
    const staff = await prisma.user.create({
      data: { email: SECRET_EMAIL, displayName: "Dana Public", role: "EDITOR", passwordHash: "not-a-real-hash" },
    });
    const target = await prisma.commitment.findUniqueOrThrow({ where: { key: "uy-regularization-decrees" } });
    await prisma.commitment.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
    await prisma.progressUpdate.create({
      data: { commitmentId: target.id, authorId: staff.id, source: "STAFF", visibility: "INTERNAL",
        version: target.version + 1, note: SECRET_NOTE, evidenceUrls: [] },
    });
    const archived = await prisma.commitment.findUniqueOrThrow({ where: { key: "pe-migrant-children-school-documentation" } });
    await prisma.commitment.update({ where: { id: archived.id }, data: { title: ARCHIVED_TITLE, archivedAt: new Date() } });
  });
});

test("the home page shows headline figures, bars by pillar and country, deadlines and the latest updates", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByRole("img", { name: /^All commitments: \d+ / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "By pillar" })).toBeVisible();
  const byCountry = page.locator("div", { has: page.getByRole("heading", { name: "By acting country" }) });
  await expect(byCountry.getByRole("link", { name: "Costa Rica", exact: true })).toBeVisible();
  await expect(byCountry.getByRole("img", { name: /^Costa Rica: / })).toBeVisible();
  const passed = page.getByRole("region", { name: /^Passed without completion/ });
  await expect(passed).toContainText("April 2025");
  await expect(page.getByRole("heading", { name: "Latest public updates" })).toBeVisible();
});

test("filters and search live in the URL, and bad values are ignored visibly", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Search").fill("regularization");
  await page.getByText("More filters and sort").click();
  await page.getByLabel("Country").selectOption("EC");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=regularization/);
  await expect(page).toHaveURL(/country=EC/);
  await expect(page.locator('[data-commitment="ec-regularization-extension"]')).toBeVisible();
  await expect(page.locator('[data-commitment="uy-regularization-decrees"]')).toHaveCount(0);

  const response = await page.goto("/?status=DONE&country=ZZZ&page=-3");
  expect(response?.status()).toBe(200);
  await expect(page.getByText(/Ignored filters that do not exist: .*status "DONE"/)).toBeVisible();
});

test("a commitment page shows its source, countries, deadline as written and its public history", async ({ page }) => {
  await page.goto("/commitments/ec-regularization-extension");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ecuador extends its regularization process for Venezuelans until April 2025");
  await expect(page.getByText("“Ecuador extended its regularization process until April 2025")).toBeVisible();
  await expect(page.getByRole("link", { name: /Fact sheet: Fourth Ministerial Meeting/ })).toHaveAttribute("href", /whitehouse\.gov/);
  await expect(page.getByRole("region", { name: "Deadlines", exact: true })).toContainText("April 2025 (passed)");
  await expect(page.locator('[data-figure-kind="goal"]'))
    .toContainText("Venezuelan migrants able to gain legal status: approximately 100,000 Venezuelan migrants");
  await expect(page.locator("[data-update]").first()).toContainText("Fact sheet");
  expect((await page.goto("/commitments/no-such-commitment"))?.status()).toBe(404);
  expect((await page.goto("/commitments/..%2F..%2Fetc"))?.status()).toBe(404);
});

test("country, pillar and updates pages summarise their part", async ({ page }) => {
  await page.goto("/countries/cr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Costa Rica");
  await expect(page.locator('[data-commitment="cr-safe-mobility-offices-extension"]')).toBeVisible();
  await expect(page.locator('[data-commitment="uy-regularization-decrees"]')).toHaveCount(0);
  expect((await page.goto("/countries/zz"))?.status()).toBe(404);

  await page.goto("/pillars/humane-enforcement");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/humane enforcement/i);
  await expect(page.locator('[data-commitment="cr-safe-mobility-offices-extension"]')).toHaveCount(0);

  await page.goto("/updates");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All public updates");
  await expect(page.locator("[data-update]").first()).toBeVisible();
  await page.goto("/updates?page=-3");
  await expect(page.getByText(/Ignored page/)).toBeVisible();
});

test("embeds may be framed; no other page may", async ({ request }) => {
  const embed = await request.get("/embed/commitments/cr-safe-mobility-offices-extension");
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(await embed.text()).toContain("December 2025");
  expect((await request.get("/embed/countries/ec")).status()).toBe(200);
  for (const path of ["/", "/commitments/cr-safe-mobility-offices-extension", "/login"]) {
    const response = await request.get(path);
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).not.toContain("unsafe-eval");
  }
});

test("no public page shows an internal note, a staff email or an archived commitment", async ({ page, request }) => {
  const paths = ["/", "/updates", "/commitments/uy-regularization-decrees", "/countries/uy", "/countries/pe",
    "/pillars/root-causes-and-integration", "/embed/commitments/uy-regularization-decrees", "/embed/countries/uy",
    "/feed.xml", "/commitments/uy-regularization-decrees/feed.xml", "/countries/uy/feed.xml", "/api/commitments",
    "/api/commitments/uy-regularization-decrees", "/api/commitments?country=PE", "/sources/la-declaration-2024-ministerial"];
  for (const path of paths) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain(SECRET_NOTE);
    expect(body, path).not.toContain(SECRET_EMAIL);
    expect(body, path).not.toContain(ARCHIVED_TITLE);
  }
  expect((await page.goto("/commitments/pe-migrant-children-school-documentation"))?.status()).toBe(404);
});

for (const path of ["/", "/commitments/cr-safe-mobility-offices-extension", "/countries/ec", "/updates",
  "/sources/la-declaration-2024-ministerial"]) {
  test(`axe finds no WCAG 2.1 A or AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the keyboard reaches the skip link first and the filters after it", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toBeVisible();
});
