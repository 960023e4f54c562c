import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";

const root = path.resolve(import.meta.dirname, "../..");
const EMAIL = "bulk-editor@example.org";
const PASSWORD = "bulk passphrase 12345";

test("a refused bulk status change keeps the ticked rows ticked, and the next try saves them all", async ({ page }) => {
  execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", EMAIL, "--role", "editor"], {
    cwd: root, input: PASSWORD + "\n", env: { ...process.env, DATA_DIR: e2eDataDir }, encoding: "utf8" });
  // A new editor writes nothing until given a scope (least privilege); this one may change any commitment.
  execFileSync("npm", ["run", "--silent", "user", "--", "scope", "--email", EMAIL, "--all"], {
    cwd: root, env: { ...process.env, DATA_DIR: e2eDataDir }, encoding: "utf8" });
  await page.goto("/login");
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));

  await page.goto("/admin/commitments?status=NOT_STARTED");
  const boxes = page.getByRole("checkbox", { name: /^Select / });
  const [first, second] = [boxes.nth(0), boxes.nth(1)];
  const titles = [await first.getAttribute("aria-label"), await second.getAttribute("aria-label")];
  await first.check();
  await second.check();
  await page.getByLabel("New status").selectOption("AT_RISK");
  // No reason: the change is refused.
  await page.getByRole("button", { name: "Set status" }).click();
  await expect(page.getByText("Say why the status changes")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: titles[0] ?? "" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: titles[1] ?? "" })).toBeChecked();
  await expect(boxes.nth(2)).not.toBeChecked();

  await page.getByLabel("Reason (shown in each history entry)").fill("Funding paused");
  await page.getByRole("button", { name: "Set status" }).click();
  await expect(page.getByText("2 commitments updated, each with its own history entry.")).toBeVisible();
  await expect(page.getByText("Select at least one commitment")).toHaveCount(0);
});
