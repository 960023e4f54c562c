import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { restoreCommitmentAfterAll, withAppDatabase } from "../support/e2e-database";

const root = path.resolve(import.meta.dirname, "../..");
const EDITOR = { email: "rita.reminders@example.org", password: "reminders passphrase 1" };
const CR = { key: "cr-safe-mobility-offices-extension", title: "Costa Rica and the United States to extend the Safe Mobility Offices in Costa Rica until December 2025" };
const EC = "ec-regularization-extension";

async function signIn(page: Page) {
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

test.describe.configure({ mode: "serial" });
restoreCommitmentAfterAll(e2eDataDir, CR.key);

test.beforeAll(async () => {
  execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", EDITOR.email, "--role", "editor",
    "--name", "Rita Reminders"], { cwd: root, input: `${EDITOR.password}\n`, env: { ...process.env, DATA_DIR: e2eDataDir },
    encoding: "utf8" });
  // An editor of Costa Rica's commitments: Ecuador's are outside the scope.
  await withAppDatabase(e2eDataDir, async (prisma) => {
    const editor = await prisma.user.findUniqueOrThrow({ where: { email: EDITOR.email } });
    await prisma.userScope.create({ data: { userId: editor.id, countryCode: "CR" } });
  });
});

test("an editor extends an overdue deadline from its reminder, and it leaves the overdue group", async ({ page }) => {
  await page.goto("/admin/reminders");
  await signIn(page);
  await expect(page).toHaveURL(/\/admin\/reminders$/);
  await expect(page.getByRole("heading", { level: 1, name: "Reminders" })).toBeVisible();
  await expect(page.getByText(/in Eastern Time \(the time zone America\/New_York, set by APP_TIME_ZONE\)/)).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Staff" });
  await expect(nav.getByRole("link", { name: "Reminders (1 overdue)" })).toBeVisible();

  const overdue = page.locator('section[data-group="overdue"]');
  await expect(overdue.getByRole("heading", { level: 2 })).toHaveText("Overdue: passed without being completed (1)");
  await expect(overdue.locator(`[data-commitment="${CR.key}"]`)).toContainText("December 2025");
  await expect(overdue.locator(`[data-commitment="${EC}"]`)).toHaveCount(0);

  await page.getByRole("link", { name: "Show all commitments" }).click();
  await expect(page).toHaveURL(/scope=all/);
  await expect(overdue.locator(`[data-commitment="${EC}"]`)).toBeVisible();
  await page.getByRole("link", { name: "Show only your scope" }).click();
  await expect(overdue.locator(`[data-commitment="${EC}"]`)).toHaveCount(0);

  await overdue.getByRole("link", { name: CR.title }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/commitments/${CR.key}#log-update$`));
  const nextYear = new Date().getUTCFullYear() + 1;
  await page.getByLabel("Date", { exact: true }).fill(`${nextYear}-06`);
  await page.getByLabel("Note", { exact: true }).fill(`The offices stay open until June ${nextYear}.`);
  await page.getByLabel("Evidence links, one per line").fill("https://example.org/cr-offices");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText("Update saved and added to the history.")).toBeVisible();

  await nav.getByRole("link", { name: /^Reminders/ }).click();
  await expect(page).toHaveURL(/\/admin\/reminders$/);
  await expect(overdue.getByRole("heading", { level: 2 })).toHaveText("Overdue: passed without being completed (0)");
  await expect(overdue.locator(`[data-commitment="${CR.key}"]`)).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Reminders (0 overdue)" })).toBeVisible();
  await page.goto("/admin");
  await expect(page.getByRole("link", { name: "0 overdue deadlines in your scope" })).toBeVisible();
});

test("the editor subscribes to their calendar, and replacing the secret retires the old address", async ({ page }) => {
  await page.goto("/admin/calendar");
  await signIn(page);
  await page.getByRole("button", { name: "Make my calendar address" }).click();
  const address = page.locator("[data-calendar-url]");
  await expect(address).toContainText("/calendar/u/");
  const first = new URL((await address.textContent()) ?? "");
  const feed = await page.request.get(first.pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  // Unfolded: long lines of an iCalendar file continue on the next line after a space (RFC 5545 3.1).
  const body = (await feed.text()).replace(/\r\n /g, "");
  expect(body).toContain("BEGIN:VEVENT");
  expect(body).toContain(`/admin/commitments/${CR.key}#log-update`);
  expect(body).not.toContain(EC);

  await page.getByRole("button", { name: "Replace the secret address" }).click();
  await expect(page.getByText("Your calendar has a new address; the one before it no longer works.")).toBeVisible();
  await expect(address).not.toHaveText(first.href);
  const second = new URL((await address.textContent()) ?? "");
  expect((await page.request.get(first.pathname)).status()).toBe(404);
  expect((await page.request.get(second.pathname)).status()).toBe(200);

  const publicFeed = await page.request.get("/calendar/deadlines.ics");
  expect(publicFeed.status()).toBe(200);
  expect((await publicFeed.text()).replace(/\r\n /g, "")).toContain(`/commitments/${EC}`);
});
