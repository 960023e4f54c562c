import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { decodeCsvCell, encodeCsvRow, UTF8_BOM } from "../../lib/domain/csv-encode";

const root = path.resolve(import.meta.dirname, "../..");
const ADMIN = { email: "csv.admin@example.org", password: "csv admin passphrase 1" };
const KEY = "uy-regularization-decrees";
const TITLE = "Uruguay's decrees (title edited in a spreadsheet, Bogotá)";
type Row = Record<string, string>;

const rowsOf = (text: string) => parse(text, { bom: true, columns: true }) as Row[];

test.describe.configure({ mode: "serial" });

test("the home page's link downloads the public commitments as CSV, dated, that a parser reads", async ({ page, request }) => {
  await page.goto("/");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download these commitments as CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^commitments-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = rowsOf(bytes.toString("utf8"));
  const api = await (await request.get("/api/commitments")).json();
  expect(rows).toHaveLength(api.total);
  expect(Object.keys(rows[0]!)).not.toContain("archived_at");
  expect(rows.find((row) => row.key === KEY)).toMatchObject({ lead_country: "UY", url: expect.stringMatching(`/commitments/${KEY}$`) });
});

async function signInAsAdmin(page: Page, path: string) {
  await page.goto(`/login?callbackUrl=${path}`);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === path);
}

test("an admin previews an edited sheet, sees the changed cells, applies it, and the public page shows it", async ({ page }, info) => {
  execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", ADMIN.email, "--role", "admin", "--name", "CSV Admin"], {
    cwd: root, input: ADMIN.password + "\n", env: { ...process.env, DATA_DIR: e2eDataDir }, encoding: "utf8" });
  await signInAsAdmin(page, "/admin/commitments");

  const exported = await page.request.get("/admin/export/commitments.csv");
  expect(exported.status(), (await exported.text()).slice(0, 300)).toBe(200);
  const rows = rowsOf(await exported.text()).map((row) =>
    Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, decodeCsvCell(cell)])));
  const row = rows.find((candidate) => candidate.key === KEY)!;
  const before = row.status;
  row.title = TITLE;
  row.status = before === "at_risk" ? "in_progress" : "at_risk";
  row.status_reason = "The ministry reported the decrees' progress in writing.";
  const columns = Object.keys(rows[0]!);
  const file = info.outputPath("commitments-edited.csv");
  const lines = rows.map((item) => encodeCsvRow(columns.map((column) => item[column])));
  await writeFile(file, UTF8_BOM + encodeCsvRow(columns) + lines.join(""));

  await page.getByRole("link", { name: "import a CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import commitments from CSV" })).toBeVisible();
  await page.getByLabel(/CSV file/).setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("status")).toContainText("0 to add, 1 to change");
  const change = page.locator(`[data-import-row="${KEY}"]`);
  await expect(change.getByRole("row", { name: /^title/ })).toContainText(TITLE);
  await expect(change.getByRole("row", { name: /^status/ })).toContainText(`${before}${row.status}`);

  await page.getByRole("button", { name: "Apply these changes" }).click();
  await expect(page.getByRole("status")).toContainText("0 added, 1 changed, each with a history entry");

  // The public history reads as the admin's own entry: the status by its name, the sheet's reason, the admin's name.
  await page.goto(`/commitments/${KEY}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const entry = page.locator("[data-update]").filter({ hasText: "The ministry reported the decrees' progress in writing." });
  await expect(entry).toContainText(row.status === "at_risk" ? "to At risk or delayed" : "to In progress");
  await expect(entry).toContainText("CSV Admin");
  await expect(page.getByText(/spreadsheet import|import [0-9a-f]{12}/)).toHaveCount(0);
});

test("a 50 MB upload is refused with a plain message, by the form and, without JavaScript, by the server", async ({ page, browser }, info) => {
  const file = info.outputPath("commitments-50mb.csv");
  await writeFile(file, Buffer.alloc(50 * 1024 * 1024, "a,"));
  await signInAsAdmin(page, "/admin/import");
  await page.getByLabel(/CSV file/).setInputFiles(file);
  const posts: string[] = [];
  page.on("request", (request) => request.method() === "POST" && posts.push(request.url()));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("The file is larger than 5 MB: import it in parts.")).toBeVisible();
  expect(posts, "the browser sent none of the 50 MB").toEqual([]);

  // The same form with no script to check it first: the whole file goes to the server, which refuses it at once.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const plain = await noScript.newPage();
    await plain.goto("/admin/import");
    await plain.getByLabel(/CSV file/).setInputFiles(file);
    const started = Date.now();
    const [response] = await Promise.all([
      plain.waitForResponse((candidate) => candidate.request().method() === "POST"),
      plain.getByRole("button", { name: "Preview" }).click(),
    ]);
    expect(response.status()).toBe(413);
    await expect(plain.getByRole("heading", { level: 1 })).toHaveText("This upload is too large");
    await expect(plain.getByText("at most 5 MB. Nothing was read or saved.")).toBeVisible();
    expect(Date.now() - started).toBeLessThan(15_000);
  } finally {
    await noScript.close();
  }
  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import commitments from CSV" })).toBeVisible();
});
