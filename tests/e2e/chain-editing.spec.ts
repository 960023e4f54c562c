import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { e2eDataDir } from "../../playwright.config";
import { withAppDatabase } from "../support/e2e-database";

/**
 * Issue 16, a chain edited after creation: an admin links a commitment to an earlier one on its edit page, the public
 * page and the API show the link from both ends, a link that would close a loop is refused with the choice kept, and
 * removing the link takes the chain off the public page.
 *
 * Isolation: the two commitments continue nothing afterwards, as the seed left them; the history entries stay
 * (append-only, docs/testing.md).
 */
const RUN = randomBytes(3).toString("hex");
const ADMIN = { email: `chain.admin.${RUN}@example.org`, password: "chain admin passphrase 7" };
const LATER = "us-labor-neighbors";
const EARLIER = "bz-seasonal-migrant-worker-program";

test.describe.configure({ mode: "serial" });

let titles: Record<string, string> = {};

test.beforeAll(async () => {
  const passwordHash = await hashPassword(ADMIN.password);
  titles = await withAppDatabase(e2eDataDir, async (prisma) => {
    await prisma.user.create({ data: { email: ADMIN.email, displayName: "Chain Admin", role: "ADMIN", passwordHash } });
    const rows = await prisma.commitment.findMany({ where: { key: { in: [LATER, EARLIER] } }, select: { key: true, title: true } });
    return Object.fromEntries(rows.map((row) => [row.key, row.title]));
  });
});

test.afterAll(async () => {
  await withAppDatabase(e2eDataDir, (prisma) => prisma.$transaction([
    prisma.commitment.updateMany({ where: { key: { in: [LATER, EARLIER] } },
      data: { continuesId: null, continuation: null, version: { increment: 1 } } }),
    prisma.user.updateMany({ where: { email: ADMIN.email }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } }),
  ]));
});

async function saveLink(page: Page, key: string, continues: string, how: string) {
  await page.goto(`/admin/commitments/${key}/edit`);
  const chain = page.locator("section", { has: page.getByRole("heading", { name: "Chain across documents" }) });
  await chain.getByLabel("Continues an earlier commitment").selectOption(continues);
  await chain.getByLabel("How it continues it").selectOption(how);
  await chain.getByRole("button", { name: "Save the link" }).click();
  return chain;
}

test("an admin links, is refused a loop, and unlinks; the public page and the API follow", async ({ page, request }) => {
  // Eight page loads and three saves: more than the default minute on the shared two-core machine.
  test.setTimeout(180_000);
  await page.goto("/login");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));

  await saveLink(page, LATER, EARLIER, "EXTENDS");
  await page.waitForURL(`**/admin/commitments/${LATER}`);
  await page.goto(`/commitments/${LATER}`);
  await expect(page.getByTestId("chain")).toContainText(`This commitment extends ${titles[EARLIER]}`);
  const earlier = await (await request.get(`/api/commitments/${EARLIER}`)).json();
  expect(earlier.continued_by).toEqual([expect.objectContaining({ key: LATER, relation: "extends" })]);

  const refused = await saveLink(page, EARLIER, LATER, "REPLACES");
  await expect(refused.getByText(`This would make a loop: “${titles[LATER]}” already continues this commitment`)).toBeVisible();
  await expect(refused.getByLabel("Continues an earlier commitment")).toHaveValue(LATER);
  await expect(refused.getByLabel("How it continues it")).toHaveValue("REPLACES");

  await saveLink(page, LATER, "", "");
  await page.waitForURL(`**/admin/commitments/${LATER}`);
  await page.goto(`/commitments/${LATER}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[LATER]!);
  await expect(page.getByTestId("chain")).toHaveCount(0);
  expect((await (await request.get(`/api/commitments/${LATER}`)).json()).continues).toBeNull();
});
