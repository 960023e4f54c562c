// @security
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { e2eDataDir } from "../../playwright.config";
import { withAppDatabase } from "../support/e2e-database";

const PAYLOADS = [
  `<script>window.__pwned = "script"</script>`,
  `<img src=x onerror="window.__pwned = 'img'">`,
  `"><svg onload="window.__pwned='svg'">`,
  `javascript:window.__pwned='link'`,
];
const NOTE = PAYLOADS.join(" | ");
const AUTHOR = `Ed ${PAYLOADS[2]}`;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  await withAppDatabase(e2eDataDir, async (prisma) => {
    const commitment = await prisma.commitment.update({
      where: { key: "ar-venezuelan-admission-regularization" },
      data: { title: `Argentina ${PAYLOADS[0]} program`, version: { increment: 1 } },
    });
    const author = await prisma.user.create({ data: { email: "markup.author@example.org", displayName: AUTHOR,
      role: "EDITOR", passwordHash: "not-a-hash" } });
    await prisma.progressUpdate.create({
      data: { commitmentId: commitment.id, authorId: author.id, source: "STAFF", visibility: "PUBLIC",
        version: commitment.version, note: NOTE, statusReason: PAYLOADS[1], evidenceUrls: [] },
    });
  });
});

for (const path of ["/", "/updates", "/commitments/ar-venezuelan-admission-regularization", "/countries/ar",
  "/embed/commitments/ar-venezuelan-admission-regularization"]) {
  test(`markup typed into titles and notes shows as text on ${path}`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(path);
    await expect(page.getByText(`Argentina ${PAYLOADS[0]} program`).first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator("script:not([src])").evaluateAll((scripts) =>
      scripts.some((script) => script.textContent?.includes("window.__pwned") && !script.textContent.includes("self.__next")))).toBe(false);
  });
}

test("markup in an author's display name shows as text, and feeds, API and CSV carry every payload as plain text", async ({ page, request }) => {
  await page.goto("/commitments/ar-venezuelan-admission-regularization");
  await expect(page.getByText(AUTHOR).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

  const feed = await (await request.get("/commitments/ar-venezuelan-admission-regularization/feed.xml")).text();
  expect(feed).not.toContain("<script>");
  expect(feed).not.toContain("<img");
  const parsed = parseFeed(feed);
  const entry = parsed.items.find((item) => item.content?.includes("window.__pwned"));
  expect(entry?.content).toContain(PAYLOADS[0]);
  expect(entry?.authors.map((author) => author.name)).toContain(AUTHOR);

  const api = await (await request.get("/api/commitments/ar-venezuelan-admission-regularization")).json();
  expect(api.title).toBe(`Argentina ${PAYLOADS[0]} program`);
  expect(api.updates.find((update: { note: string | null }) => update.note === NOTE)?.author).toBe(AUTHOR);

  const rows = parse(await (await request.get("/export/updates.csv?country=AR")).text(), { bom: true, columns: true }) as
    Record<string, string>[];
  expect(rows.find((row) => row.note === NOTE)).toMatchObject({ author: AUTHOR, status_reason: PAYLOADS[1] });
});

test("SQL fragments in every filter and search parameter get a normal answer", async ({ request }) => {
  const fragments = ["' OR 1=1 --", "'; DROP TABLE commitment; --", "\\\\x00", "%' UNION SELECT password_hash FROM app_user --"];
  for (const fragment of fragments) {
    for (const name of ["q", "pillar", "country", "status", "deadline", "sort", "page"]) {
      const response = await request.get(`/?${name}=${encodeURIComponent(fragment)}`);
      expect(response.status(), `${name}=${fragment}`).toBe(200);
      expect(await response.text()).not.toContain("$argon2");
    }
  }
  expect((await request.get("/")).status()).toBe(200);
});

test("slugs and codes with ../ or NUL are not found", async ({ request }) => {
  for (const path of ["/commitments/..%2F..%2Fetc%2Fpasswd", "/commitments/abc%00def", "/countries/..%2F", "/countries/c%00",
    "/pillars/..%2Fadmin", "/embed/commitments/%00", "/embed/countries/..%2Fus"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  const { execFileSync } = await import("node:child_process");
  execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", "cookie.check@example.org", "--role", "viewer"], {
    input: "cookie check passphrase\n", env: { ...process.env, DATA_DIR: e2eDataDir }, encoding: "utf8" });
  await page.goto("/login");
  await page.getByLabel("Email").fill("cookie.check@example.org");
  await page.getByLabel("Password").fill("cookie check passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});

test("without JavaScript the sign-in form posts, so a password never lands in a URL", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill("no.script@example.org");
    await page.getByLabel("Password").fill("a password typed without scripts");
    const [submitted] = await Promise.all([
      page.waitForRequest((request) => request.isNavigationRequest()),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    expect(submitted.method()).toBe("POST");
    expect(submitted.url()).not.toContain("password");
    await page.waitForLoadState();
    expect(page.url()).not.toContain("password");
  } finally {
    await context.close();
  }
});
