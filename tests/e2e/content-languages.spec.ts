import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { laDeclaration2024Es } from "../../prisma/seed/translations-es";
import { restoreCommitmentAfterAll, withAppDatabase } from "../support/e2e-database";

const root = path.resolve(import.meta.dirname, "../..");
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const KEY = "ec-labor-mobility-unit";
const ADMIN = { email: "lena.languages@example.org", password: "languages passphrase 5" };
const SPANISH_TITLE = "Ecuador crea su unidad de movilidad laboral con apoyo de Estados Unidos";
const NOTE = "La unidad de movilidad laboral ya atiende en Quito; el ministerio lo confirmó por escrito.";

restoreCommitmentAfterAll(e2eDataDir, KEY);
// Staff's Spanish replaces the shipped one; put the shipped one back, as the seed wrote it, for the files after this.
test.afterAll(async () => {
  const shipped = laDeclaration2024Es.commitments[KEY]!;
  await withAppDatabase(e2eDataDir, (prisma) => prisma.commitmentTranslation.updateMany({
    where: { commitment: { key: KEY }, locale: "es" }, data: { ...shipped, source: "SEED" } }));
});

test.describe.configure({ mode: "serial" });
// The user command starts a Node process and sign-in hashes with argon2: on a loaded machine that alone takes a minute.
test.setTimeout(180_000);

async function signIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

test("an admin gives a commitment a Spanish title, which the form shows back and the JSON API and CSV carry", async ({ page, request }) => {
  execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", ADMIN.email, "--role", "admin"],
    { cwd: root, input: `${ADMIN.password}\n`, env: { ...process.env, DATA_DIR: e2eDataDir }, encoding: "utf8" });
  await signIn(page);
  await page.goto(`/admin/commitments/${KEY}/edit`);
  const title = page.getByLabel("Title in Spanish (optional)");
  await expect(title).toHaveValue(laDeclaration2024Es.commitments[KEY]!.title);
  await title.fill(SPANISH_TITLE);
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(`**/admin/commitments/${KEY}`);
  await page.goto(`/admin/commitments/${KEY}/edit`);
  await expect(page.getByLabel("Title in Spanish (optional)")).toHaveValue(SPANISH_TITLE);

  const api = await (await request.get(`/api/commitments/${KEY}`)).json();
  expect(api.title).toBe("Ecuador is launching a labor mobility unit with U.S. support");
  expect(api.translations.es).toEqual({ title: SPANISH_TITLE, description: laDeclaration2024Es.commitments[KEY]!.description });
  const csv = await (await request.get("/export/commitments.csv?country=EC")).text();
  expect(csv.split("\r\n")[0]).toMatch(/,title_es,description_es$/);
  expect(csv).toContain(SPANISH_TITLE);
});

test("a note logged in Spanish shows on the English page marked as Spanish, beside English marked English", async ({ page, request }) => {
  await signIn(page);
  await page.goto(`/admin/commitments/${KEY}`);
  await page.getByLabel("Note", { exact: true }).fill(NOTE);
  await page.getByLabel("Written in").selectOption("es");
  await page.getByLabel("Evidence links, one per line").fill("https://example.org/ec-unit");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText("Update saved and added to the history.")).toBeVisible();

  const reader = await page.context().browser()!.newPage();
  await reader.goto(`/commitments/${KEY}`);
  await expect(reader.locator(`p[lang="es"]`, { hasText: NOTE })).toBeVisible();
  await expect(reader.getByRole("heading", { level: 1 }).locator("[lang=en]")).toHaveText(
    "Ecuador is launching a labor mobility unit with U.S. support");
  await expect(reader.locator("blockquote[lang=en]")).toContainText("Ecuador is launching a new labor mobility unit");
  await reader.addScriptTag({ path: axePath });
  const violations = await reader.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })).violations;
  });
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await reader.goto("/updates");
  await expect(reader.locator(`[lang="es"]`, { hasText: NOTE.slice(0, 40) }).first()).toBeVisible();
  await reader.close();

  const api = await (await request.get(`/api/commitments/${KEY}`)).json();
  expect(api.updates[0]).toMatchObject({ note: NOTE, note_lang: "es" });
});
