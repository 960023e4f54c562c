// @security
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { withAppDatabase } from "../support/e2e-database";

const ADMIN = { email: "csrf.admin@example.org", password: "csrf admin passphrase" };

test("a server action posted with another site's Origin is refused and changes nothing", async ({ page }) => {
  execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", ADMIN.email, "--role", "admin"], {
    input: ADMIN.password + "\n", env: { ...process.env, DATA_DIR: e2eDataDir }, encoding: "utf8" });
  await page.goto("/login");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto("/admin/users");

  // The browser sends the form as usual; on the wire it now claims to come from another site.
  const statuses: number[] = [];
  await page.route("**/admin/users", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    const response = await route.fetch({ headers: { ...request.headers(), origin: "https://attacker.example" } });
    statuses.push(response.status());
    await route.fulfill({ response });
  });
  await page.getByLabel("Email").fill("planted@example.org");
  await page.getByLabel("Display name").fill("Planted");
  await page.getByLabel("Password (at least 12 characters)").fill("planted passphrase 1");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect.poll(() => statuses.length).toBe(1);
  expect(statuses[0]).toBeGreaterThanOrEqual(400);
  const planted = () => withAppDatabase(e2eDataDir, (prisma) => prisma.user.count({ where: { email: "planted@example.org" } }));
  expect(await planted()).toBe(0);

  // The same form from this site's own origin goes through: the refusal above was the Origin check.
  await page.unrouteAll();
  await page.reload();
  await page.getByLabel("Email").fill("planted@example.org");
  await page.getByLabel("Display name").fill("Planted");
  await page.getByLabel("Password (at least 12 characters)").fill("planted passphrase 1");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText("Added planted@example.org as editor.")).toBeVisible();
  expect(await planted()).toBe(1);
});
