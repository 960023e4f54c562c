import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { e2eDataDir } from "../../playwright.config";
import { en } from "../../lib/messages/en";
import { es } from "../../lib/messages/es";
import { restoreCommitmentAfterAll } from "../support/e2e-database";
import { englishOnPage } from "../support/english-words";

const root = path.resolve(import.meta.dirname, "../..");
const KEY = "mx-chiapas-multi-purpose-processing-center";
const STAFF = { email: "sofia.spanish@example.org", name: "Sofía Staff", password: "spanish passphrase 31" };
const NOTE = "El centro de Chiapas ya atiende a solicitantes; la cancillería lo confirmó en su informe de noviembre.";

restoreCommitmentAfterAll(e2eDataDir, KEY);

test.describe.configure({ mode: "serial" });
// The user command starts a Node process and sign-in hashes with argon2: on a loaded machine that alone takes a minute.
test.setTimeout(180_000);

async function signInInSpanish(page: Page) {
  await page.goto("/es/login");
  await page.getByLabel(es.signIn.email).fill(STAFF.email);
  await page.getByLabel(es.signIn.password).fill(STAFF.password);
  await page.getByRole("button", { name: es.signIn.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/es/login"));
}

/** Every text of a catalogue section that is a phrase (a single word may be the same in both languages). */
function phrases(section: unknown): string[] {
  if (typeof section === "string") return section.includes(" ") ? [section] : [];
  if (section && typeof section === "object") return Object.values(section).flatMap(phrases);
  return [];
}

test("a staff member working in Spanish logs an update with a Spanish note, shown on both public pages", async ({ page, browser }) => {
  execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", STAFF.email, "--role", "admin",
    "--name", STAFF.name], { cwd: root, input: `${STAFF.password}\n`, env: { ...process.env, DATA_DIR: e2eDataDir },
    encoding: "utf8" });
  await signInInSpanish(page);
  await expect(page).toHaveURL(/\/es\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: es.staff.dashboard })).toBeVisible();
  // Signed in on a Spanish page, the staff member gets the reminder e-mail in Spanish until they choose otherwise.
  await expect(page.getByLabel(es.staff.home.emailLanguage)).toHaveValue("es");

  // The staff navigation keeps the language.
  await page.getByRole("navigation", { name: es.staff.navigation }).getByRole("link", { name: es.staff.commitments }).click();
  await expect(page).toHaveURL(/\/es\/admin\/commitments$/);
  await page.goto(`/es/admin/commitments/${KEY}`);
  await expect(page.getByRole("heading", { level: 2, name: es.staff.commitment.logUpdate })).toBeVisible();

  // A refusal answers in Spanish, field by field, and keeps what was typed.
  const note = page.getByLabel(es.staff.updateForm.note, { exact: true });
  await note.fill(NOTE);
  await expect(page.getByLabel(es.progress.noteLanguage)).toHaveValue("es");
  await page.getByLabel(es.staff.updateForm.evidence).fill("javascript:alert(1)");
  await page.getByRole("button", { name: es.staff.updateForm.submit }).click();
  await expect(page.getByRole("alert").filter({ hasText: es.form.needsAttention })).toBeVisible();
  await expect(page.getByText(
    es.fieldMessages["Each evidence link must be a full web address starting with http:// or https://."]!)).toBeVisible();
  await expect(page.getByLabel(es.staff.updateForm.note, { exact: true })).toHaveValue(NOTE);

  await page.getByLabel(es.staff.updateForm.evidence).fill("https://example.org/chiapas-informe");
  await page.getByRole("button", { name: es.staff.updateForm.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: es.progress.saved })).toBeVisible();
  await expect(page.locator("#history").locator("..").locator('p[lang="es"]', { hasText: NOTE })).toBeVisible();

  const spanishReader = await browser.newContext({ locale: "es-CR" });
  const spanish = await spanishReader.newPage();
  await spanish.goto(`/es/commitments/${KEY}`);
  await expect(spanish.locator("main")).toContainText(NOTE);
  await spanishReader.close();

  const englishReader = await browser.newContext({ locale: "en-US" });
  const english = await englishReader.newPage();
  await english.goto(`/commitments/${KEY}`);
  await expect(english.locator("html")).toHaveAttribute("lang", "en");
  await expect(english.locator('[lang="es"]', { hasText: NOTE })).toBeVisible();
  await englishReader.close();
});

test("the staff pages and the sign-in page under /es show none of the English interface's words", async ({ page, browser }) => {
  const english = [en.staff, en.signIn, en.filters, en.form, en.progress, en.content, en.commitmentForm]
    .flatMap(phrases).concat(Object.values(en.status).map((status) => status.label));
  const found = (text: string) => english.filter((phrase) => text.includes(phrase));

  const anonymous = await browser.newContext({ locale: "es-CR" });
  const signInPage = await anonymous.newPage();
  await signInPage.goto("/es/login");
  await expect(signInPage.locator("html")).toHaveAttribute("lang", "es");
  expect(found(await signInPage.locator("body").innerText())).toEqual([]);
  await anonymous.close();

  await signInInSpanish(page);
  for (const path of ["/es/admin", "/es/admin/commitments", `/es/admin/commitments/${KEY}`,
    `/es/admin/commitments/${KEY}/edit`, "/es/admin/commitments/new", "/es/admin/reminders", "/es/admin/calendar",
    "/es/admin/users", "/es/admin/import", "/es/admin/sources", "/es/admin/sources/new"]) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "es");
    expect(found(await page.locator("body").innerText()), path).toEqual([]);
  }
});

test("the answers a write builds from its own values are Spanish: an import's preview, a bulk refusal, an early deadline", async ({ page }) => {
  await signInInSpanish(page);

  // An import of a bad row, a good one and another bad one: previewed, never applied, so nothing is written.
  const exported = parse(await (await page.request.get("/admin/export/commitments.csv")).text(), { bom: true, columns: true }) as
    Record<string, string>[];
  const row = (key: string) => exported.find((item) => item.key === key)!;
  const [bad, good, badDate] = [row("cr-safe-mobility-offices-extension"), row("uy-regularization-decrees"),
    row("ec-regularization-extension")];
  const csv = "key,version,status,status_reason,deadline_key,deadline_date,deadline_precision\r\n" +
    `${bad.key},${bad.version},finished,,,,\r\n` +
    `${good.key},${good.version},${good.status === "at_risk" ? "in_progress" : "at_risk"},Motivo de la prueba,,,\r\n` +
    `${badDate.key},${badDate.version},${badDate.status},,x,01/04/2025,month\r\n`;
  await page.goto("/es/admin/import");
  await page.getByLabel(/^Archivo CSV/).setInputFiles({ name: "compromisos.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: es.staff.importPage.preview }).click();
  await expect(page.getByRole("alert").filter({ hasText: "2 de 3 filas tienen errores" })).toBeVisible();
  await expect(page.getByRole("heading", { name: es.staff.importPage.errors(2) })).toBeVisible();
  await expect(page.getByText("«01/04/2025» puede ser el 1 de abril de 2025 o el 4 de enero de 2025")).toBeVisible();
  expect(await englishOnPage(page, "main")).toEqual([]);

  // A bulk change to the status the commitment already has is refused, in Spanish; nothing is written.
  await page.goto("/es/admin/commitments?status=NOT_STARTED");
  await page.getByRole("checkbox", { name: /^Seleccionar /, disabled: false }).first().check();
  await page.getByLabel(es.staff.bulk.newStatus).selectOption("NOT_STARTED");
  await page.getByLabel(es.staff.bulk.reason).fill("Prueba en español");
  await page.getByRole("button", { name: es.staff.bulk.submit }).click();
  await expect(page.getByRole("alert").filter({ hasText: es.bulk.reasons.invalid })).toBeVisible();
  expect(await englishOnPage(page, "[role=alert]")).toEqual([]);

  // A deadline before the announcement is asked about in Spanish; refused, so nothing is written.
  await page.goto("/es/admin/commitments/cr-safe-mobility-offices-extension");
  await page.getByLabel(es.staff.updateForm.date, { exact: true }).first().fill("2020-01");
  await page.getByRole("button", { name: es.staff.updateForm.submit }).click();
  await expect(page.getByRole("alert").filter({ hasText: es.form.needsAttention })).toBeVisible();
  await expect(page.getByText(/^enero de 2020 termina antes de que se anunciara el compromiso/)).toBeVisible();
  await expect(page.getByLabel(es.staff.updateForm.confirmEarly)).toBeVisible();
  const answers = page.locator("form p.text-red-800, form [role=alert]");
  expect((await answers.allInnerTexts()).join("\n")).not.toMatch(/announced|ends before|Check the year/);
  for (let index = 0; index < await answers.count(); index += 1) {
    await answers.nth(index).evaluate((element, mark) => element.setAttribute("data-answer", mark), String(index));
    expect(await englishOnPage(page, `[data-answer="${index}"]`)).toEqual([]);
  }
});
