import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { withAppDatabase } from "../support/e2e-database";

const root = path.resolve(import.meta.dirname, "../..");
const CACHE = "x-pledgeboard-page-cache";
const PAGE = "/countries/pe";
const KEY = "pe-migrant-children-school-documentation";

test.describe.configure({ mode: "serial" });

test("an anonymous reader gets the stored copy until the data changes, then the change at once", async ({ request }) => {
  const first = await request.get(PAGE);
  const second = await request.get(PAGE);
  expect(second.status()).toBe(200);
  expect(second.headers()[CACHE]).toBe("hit");
  expect(await second.text()).toBe(await first.text());
  expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
  expect(second.headers()["x-frame-options"]).toBe("DENY");

  const title = `Peru documents migrant children in schools (edited ${Date.now()})`;
  const original = await withAppDatabase(e2eDataDir, async (prisma) => {
    const row = await prisma.commitment.findUniqueOrThrow({ where: { key: KEY } });
    await prisma.commitment.update({ where: { id: row.id }, data: { title } });
    return row.title;
  });
  try {
    const after = await request.get(PAGE);
    expect(after.headers()[CACHE]).toBe("miss");
    expect(await after.text()).toContain(title);
    expect(after.headers()["content-security-policy"]).not.toBe(first.headers()["content-security-policy"]);
  } finally {
    await withAppDatabase(e2eDataDir, (prisma) => prisma.commitment.update({ where: { key: KEY }, data: { title: original } }));
  }
});

test("a signed-in staff member is never served the anonymous copy", async ({ page }) => {
  const email = "cache.viewer@example.org";
  const password = "cache viewer passphrase";
  execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", email, "--role", "viewer", "--name", "Cache Viewer"], {
    cwd: root, input: password + "\n", env: { ...process.env, DATA_DIR: e2eDataDir }, encoding: "utf8" });
  await page.request.get(PAGE);
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const response = await page.goto(PAGE);
  expect(response?.status()).toBe(200);
  expect(response?.headers()[CACHE]).toBeUndefined();
});
