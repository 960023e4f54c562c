// @security
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { formatPreciseDate } from "../../lib/domain/date-precision";
import { parsePreciseDateInput } from "../../lib/domain/precise-date-input";
import { restoreCommitmentAfterAll } from "../support/e2e-database";

const root = path.resolve(import.meta.dirname, "../..");
const ADMIN = { email: "first.admin@example.org", password: "first admin passphrase 1" };
const EDITOR = { email: "eva.editor@example.org", name: "Eva Editor", password: "editor passphrase 22" };

restoreCommitmentAfterAll(e2eDataDir, "cr-safe-mobility-offices-extension");

/** The documented way to make the first admin: `npm run user -- add`, with the password on standard input. */
function userCli(args: string[], input = ""): string {
  return execFileSync("npm", ["run", "--silent", "user", "--", ...args], {
    cwd: root,
    input,
    env: { ...process.env, DATA_DIR: e2eDataDir },
    encoding: "utf8",
  });
}

async function signIn(page: Page, email: string, password: string, outcome: "in" | "refused" = "in") {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (outcome === "in") await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

test.describe.configure({ mode: "serial" });

test("an anonymous visitor to /admin goes to sign-in and comes back after it", async ({ page }) => {
  expect(userCli(["add", "--email", ADMIN.email, "--role", "admin", "--name", "First Admin"], ADMIN.password + "\n"))
    .toContain("Added first.admin@example.org (admin");
  await page.goto("/admin/commitments?status=IN_PROGRESS");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await signIn(page, ADMIN.email, "wrong password here", "refused");
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is not right." })).toBeVisible();
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin\/commitments\?status=IN_PROGRESS$/);
  await expect(page.getByRole("heading", { level: 1, name: "Commitments" })).toBeVisible();
});

test("the admin adds an editor, who extends the Costa Rica deadline with a public note", async ({ page, browser }) => {
  await page.goto("/login");
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole("link", { name: "Users" }).click();
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Display name").fill(EDITOR.name);
  await page.getByLabel("Role").first().selectOption("EDITOR");
  await page.getByLabel("Password (at least 12 characters)").fill("too short");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText("A password needs at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(EDITOR.email);
  await page.getByLabel("Password (at least 12 characters)").fill(EDITOR.password);
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText(`Added ${EDITOR.email} as editor.`)).toBeVisible();
  // Least privilege: a new editor writes nothing until given a scope, and the page says so.
  const row = page.locator(`li[data-user="${EDITOR.email}"]`);
  await expect(row.getByText("No scope: writes nothing until given one")).toBeVisible();
  await row.getByRole("checkbox", { name: "Costa Rica" }).check();
  await row.getByRole("button", { name: "Save role and scope" }).click();
  await expect(page.getByText(`Saved role and scope of ${EDITOR.email}`)).toBeVisible();
  await expect(row.getByText("No scope: writes nothing until given one")).toHaveCount(0);

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await editor.goto("/admin/commitments/cr-safe-mobility-offices-extension");
  await signIn(editor, EDITOR.email, EDITOR.password);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Costa Rica and the United States to extend the Safe Mobility Offices in Costa Rica until December 2025");
  // Extended past whatever it says now (another test may have moved it already).
  const dateField = editor.getByLabel("Date", { exact: true });
  const current = parsePreciseDateInput(await dateField.inputValue(), "MONTH");
  const currentAsWritten = current.ok ? formatPreciseDate({ date: current.date, precision: "MONTH" }) : "";
  const target = new Date().getUTCFullYear() + 3;
  await dateField.fill(`${target}-06`);
  await editor.getByLabel("Note", { exact: true }).fill(`Both governments agreed to keep the offices open until June ${target}.`);
  await editor.getByLabel("Evidence links, one per line").fill("https://example.org/cr-extension");
  await editor.getByRole("button", { name: "Save update" }).click();
  await expect(editor.getByText("Update saved and added to the history.")).toBeVisible();
  const entry = editor.locator("[data-update]").first();
  await expect(entry).toContainText(EDITOR.name);
  expect(currentAsWritten).toMatch(/^[A-Z][a-z]+ \d{4}$/);
  await expect(entry).toContainText(`Safe Mobility Offices open until: extended from ${currentAsWritten} to June ${target}`);
  await expect(entry).toContainText("Public");
  await editorContext.close();

  await page.goto("/");
  await expect(page.locator('[data-commitment="cr-safe-mobility-offices-extension"]')).toContainText(`June ${target}`);
});

test("a viewer reads a commitment but gets no form to change it", async ({ page }) => {
  userCli(["add", "--email", "vic.viewer@example.org", "--role", "viewer"], "viewer passphrase 333\n");
  await page.goto("/login");
  await signIn(page, "vic.viewer@example.org", "viewer passphrase 333");
  await page.goto("/admin/commitments/uy-regularization-decrees");
  await expect(page.getByText("Viewers read everything and change nothing.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save update" })).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page.getByText("That page is for admins only.")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);
});

test("a disabled user's open session stops working at the next request", async ({ page }) => {
  userCli(["add", "--email", "dora.editor@example.org", "--role", "editor"], "dora passphrase 4444\n");
  await page.goto("/login");
  await signIn(page, "dora.editor@example.org", "dora passphrase 4444");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  expect(userCli(["disable", "--email", "dora.editor@example.org"])).toContain("is disabled");
  await page.goto("/admin/commitments");
  await expect(page).toHaveURL(/\/login/);
});
