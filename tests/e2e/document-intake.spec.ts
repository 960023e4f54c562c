import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { e2eDataDir } from "../../playwright.config";
import { withAppDatabase } from "../support/e2e-database";

/**
 * Issue 16, end to end: an admin registers a document by pasting its text, makes a commitment from a selected passage,
 * is refused a second quote with a changed word (told where it differs) and saves it corrected, links a third passage
 * to a commitment that exists as a progress report, and the public source page shows the three marks.
 *
 * Isolation: the document has a key of its own per run, and afterwards its two commitments are archived, so every
 * list, count and feed other files read is as before. What stays is append-only history (docs/testing.md).
 */
const RUN = randomBytes(3).toString("hex");
const DOCUMENT_KEY = `test-later-fact-sheet-${RUN}`;
const ADMIN = { email: `sources.admin.${RUN}@example.org`, password: "sources admin passphrase 7" };
const REPORTED = "us-1-2-billion-committed-2024";
const FIRST = "Atlantis will keep its harbour office open until December 2027.";
const SECOND = "Lemuria will train forty harbour pilots in 2027.";
const THIRD = "The United States reported that it disbursed a third of its pledge.";
const TEXT = `A test fact sheet of a later meeting that took place nowhere.

**Pathways**

-   ${FIRST}
-   ${SECOND}

**Progress**

-   ${THIRD}
`;
const KEYS = [`xa-harbour-${RUN}`, `xl-pilots-${RUN}`];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const passwordHash = await hashPassword(ADMIN.password);
  await withAppDatabase(e2eDataDir, (prisma) => prisma.user.create({ data: { email: ADMIN.email,
    displayName: "Sources Admin", role: "ADMIN", passwordHash } }));
});

test.afterAll(async () => {
  await withAppDatabase(e2eDataDir, (prisma) => prisma.$transaction([
    prisma.commitment.updateMany({ where: { key: { in: KEYS } }, data: { archivedAt: new Date(), version: { increment: 1 } } }),
    prisma.user.updateMany({ where: { email: ADMIN.email }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } }),
  ]));
});

/** Selects the words in the document's text as a person would with the mouse, and lets go of the button. */
async function selectPassage(page: Page, words: string) {
  await page.locator("#document-text li", { hasText: words }).first().evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? "").indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      document.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`"${wanted}" is not one text node of the passage`);
  }, words);
  await expect(page.locator("#passage")).toHaveValue(words);
}

async function fillCommitment(page: Page, key: string, title: string) {
  await page.getByLabel("Key (permanent; used in links and imports)").fill(key);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Description", { exact: true }).fill("Made from a passage of the test fact sheet.");
  await page.getByLabel("Type").selectOption("PROGRAM");
  await page.getByLabel("Or acting together (no lead)").fill("the endorsing countries");
}

test("an admin takes in a document, makes two commitments and a report from its passages, and the public sees three marks", async ({ page }) => {
  // Seven page loads and three saves: more than the default minute on the shared two-core machine.
  test.setTimeout(240_000);
  await page.goto("/login");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));

  await page.goto("/admin/sources");
  await page.getByRole("link", { name: "Register a document" }).click();
  await page.getByLabel("Key (permanent; the address of its public page)").fill(DOCUMENT_KEY);
  await page.getByLabel("Title as published").fill(`Test fact sheet ${RUN}`);
  await page.getByLabel("Publisher").fill("A test ministry");
  await page.getByLabel("Address where it was published").fill("https://example.org/later");
  await page.getByLabel("Publication date").fill("2025-10-02");
  await page.getByLabel("Meeting it reports").fill("A later test meeting");
  await page.getByLabel("Date of the meeting").fill("2025-10-01");
  await page.getByLabel("Full text as published (paste it whole)").fill(TEXT);
  await page.getByRole("button", { name: "Register the document" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/sources/${DOCUMENT_KEY}\\?registered=1$`));
  await expect(page.getByTestId("accounted")).toHaveText("0 of 4 sentences accounted for (0%)");

  // One exact passage, selected in the text: the form opens with it as the quote.
  await selectPassage(page, FIRST);
  await page.getByRole("button", { name: "Make a commitment from this passage" }).click();
  await expect(page.getByLabel("Source text, verbatim")).toHaveValue(FIRST);
  await fillCommitment(page, KEYS[0]!, "Atlantis keeps its harbour office open");
  await page.getByRole("button", { name: "Create commitment" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/commitments/${KEYS[0]}$`));

  // A second passage with a word changed: refused, naming the place, the typed text kept; corrected, it is saved.
  await page.goto(`/admin/sources/${DOCUMENT_KEY}`);
  await page.locator("#passage").fill(SECOND.replace("forty", "fifty"));
  await page.getByRole("button", { name: "Make a commitment from this passage" }).click();
  await fillCommitment(page, KEYS[1]!, "Lemuria trains harbour pilots");
  await page.getByRole("button", { name: "Create commitment" }).click();
  await expect(page.locator("#c-source-error")).toHaveText(
    "Not the document's words: at character 21 the quote has “train fifty” where the document has “train forty”.");
  await expect(page.getByLabel("Source text, verbatim")).toHaveValue(SECOND.replace("forty", "fifty"));
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Lemuria trains harbour pilots");
  await page.getByLabel("Source text, verbatim").fill(SECOND);
  await page.getByRole("button", { name: "Create commitment" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/commitments/${KEYS[1]}$`));

  // A third passage reports on a commitment that exists.
  await page.goto(`/admin/sources/${DOCUMENT_KEY}`);
  await selectPassage(page, THIRD);
  await page.getByLabel("Or link it as a progress report on").selectOption(REPORTED);
  await page.getByRole("button", { name: "Link as a progress report" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The passage is now a progress report on" })).toBeVisible();
  await expect(page.getByTestId("accounted")).toHaveText("3 of 4 sentences accounted for (75%)");

  await page.goto(`/sources/${DOCUMENT_KEY}`);
  await expect(page.getByTestId("accounted")).toHaveText("3 of 4 sentences accounted for");
  await expect(page.locator("mark[data-passage]")).toHaveText([FIRST, SECOND, THIRD]);
  for (const key of [...KEYS, REPORTED]) {
    await expect(page.locator(`[data-passage-link] a[href="/commitments/${key}"]`), key).toHaveCount(1);
  }
  await expect(page.locator("[data-passage-link]").nth(2)).toContainText("progress report on");
});
