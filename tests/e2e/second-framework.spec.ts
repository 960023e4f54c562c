import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { loadDeclaration } from "../../lib/db/seed/load";
import { laDeclaration2024 } from "../../prisma/seed/data";
import { e2eDataDir } from "../../playwright.config";
import { withAppDatabase } from "../support/e2e-database";
import { TEST_ACCORD_TEXT, testAccord } from "../fixtures/test-accord";

/**
 * Acceptance of issue 16 on the production server: with the fictional framework of tests/fixtures/test-accord.ts
 * loaded beside the shipped one (a data file, no code), the home page offers both with their own counts, and the list,
 * the source page, the Atom feed, the calendar, the CSV and the API of each speak of it alone, in its own words.
 * tests/integration/second-framework.test.ts checks the same at the data functions; this checks what a reader gets.
 *
 * Isolation: afterwards the fictional commitments are archived, so its framework has nothing public and is no longer
 * offered, and the site's pages speak of the shipped framework alone as before. What stays is the fictional document
 * and the seed's history entries, which are append-only (docs/testing.md).
 */
const LA = laDeclaration2024.framework;
const TEST = testAccord.framework;
const TEST_KEYS = ["xa-harbour-office", "xl-harbour-pilots"];
const TEST_TITLES = testAccord.commitments.map((commitment) => commitment.title);
// Words of each framework that the other's answers must never carry.
const LA_WORDS = [LA.name, LA.shortName, "Costa Rica", laDeclaration2024.sourceTitle];
const TEST_WORDS = [TEST.name, TEST.shortName, "Atlantis", "Lemuria", "Nowhere City", testAccord.sourceTitle];

let shippedCount = 0;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  shippedCount = await withAppDatabase(e2eDataDir, async (prisma) => {
    await loadDeclaration(prisma, testAccord);
    await prisma.declaration.update({ where: { key: testAccord.key },
      data: { sourceMarkdown: TEST_ACCORD_TEXT, sourcePublisher: "The Ministry of Nowhere" } });
    // A run on a database an earlier run left behind finds them archived.
    await prisma.commitment.updateMany({ where: { key: { in: TEST_KEYS } },
      data: { archivedAt: null, version: { increment: 1 } } });
    // As the site counts them: public, groups (a parent that only gathers its parts) left out.
    return prisma.commitment.count({ where: { archivedAt: null, isGroup: false, declaration: { framework: { key: LA.key } } } });
  });
});

test.afterAll(async () => {
  await withAppDatabase(e2eDataDir, (prisma) => prisma.commitment.updateMany({ where: { key: { in: TEST_KEYS } },
    data: { archivedAt: new Date(), version: { increment: 1 } } }));
});

const expectNone = (body: string, words: string[], where: string) => {
  for (const word of words) expect(body, `${where} carries "${word}"`).not.toContain(word);
};

/**
 * What a page says, its head included, without the chooser (which offers every framework by name, by design) and
 * without the scripts (the same page again, as data for React).
 */
async function pageWords(page: Page) {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const node of copy.querySelectorAll('nav[aria-label="Frameworks"], script')) node.remove();
    return copy.outerHTML;
  });
}

async function fetchText(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}

test("the home page offers each framework with its own count, and each list keeps to its own", async ({ page }) => {
  // The load reaches the app by PostgreSQL's notification: the first page may still be the one from before.
  await expect(async () => {
    await page.goto("/");
    const chooser = page.getByRole("navigation", { name: "Frameworks" });
    await expect(chooser).toContainText(`${TEST.shortName} (2 commitments)`, { timeout: 1_000 });
    await expect(chooser).toContainText(`${LA.shortName} (${shippedCount} commitments)`, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Commitments of every framework");

  await page.goto(`/?framework=${TEST.key}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${TEST.shortName} commitments`);
  await expect(page.getByText("2 commitments match.")).toBeVisible();
  for (const title of TEST_TITLES) await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  expectNone(await pageWords(page), LA_WORDS, "the test framework's list");

  await page.goto(`/?framework=${LA.key}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${LA.shortName} commitments`);
  await expect(page.getByText(`${shippedCount} commitments match`)).toBeVisible();
  expectNone(await pageWords(page), TEST_WORDS, "the shipped framework's list");
});

test("each document's page and a fictional commitment's page speak of their own framework alone", async ({ page }) => {
  await page.goto(`/sources/${testAccord.key}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(testAccord.sourceTitle);
  await expect(page.getByText("2 of 4 sentences accounted for")).toBeVisible();
  for (const key of TEST_KEYS) await expect(page.locator(`a[href$="/commitments/${key}"]`).first()).toBeVisible();
  expectNone(await pageWords(page), LA_WORDS, "the test document's page");

  await page.goto(`/sources/${laDeclaration2024.key}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(laDeclaration2024.sourceTitle);
  expectNone(await pageWords(page), TEST_WORDS, "the shipped document's page");

  await page.goto(`/commitments/${TEST_KEYS[0]}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEST_TITLES[0]!);
  expectNone(await pageWords(page), LA_WORDS, "a test commitment's page");
});

test("the Atom feed and the calendar of each framework carry its own words and entries", async ({ request }) => {
  for (const filter of [`framework=${TEST.key}`, `source=${testAccord.key}`]) {
    const feed = await fetchText(request, `/feed.xml?${filter}`);
    expect(feed).toContain(`<title>${TEST.shortName} commitments: all public updates</title>`);
    for (const title of TEST_TITLES) expect(feed).toContain(title);
    expectNone(feed, LA_WORDS, `the feed of ${filter}`);
  }
  expectNone(await fetchText(request, `/feed.xml?framework=${LA.key}`), TEST_WORDS, "the shipped framework's feed");
  // The feed of every framework is the site's: its own title names none of them.
  expectNone((await fetchText(request, "/feed.xml")).split("<entry>")[0]!, [...TEST_WORDS, ...LA_WORDS], "the feed of all");

  const calendar = await fetchText(request, `/calendar/deadlines.ics?framework=${TEST.key}`);
  expect(calendar).toContain(`X-WR-CALNAME:${TEST.shortName}: deadlines`);
  expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expectNone(calendar, LA_WORDS, "the test framework's calendar");
  const shipped = await fetchText(request, `/calendar/deadlines.ics?source=${laDeclaration2024.key}`);
  expect(shipped).toContain(`X-WR-CALNAME:${LA.shortName}: deadlines`);
  expectNone(shipped, TEST_WORDS, "the shipped document's calendar");
  expectNone((await fetchText(request, "/calendar/deadlines.ics")).split("BEGIN:VEVENT")[0]!, [...TEST_WORDS, ...LA_WORDS],
    "the calendar of all");
});

test("the CSV and the API of each framework hold its own commitments only", async ({ request }) => {
  for (const filter of [`framework=${TEST.key}`, `source=${testAccord.key}`]) {
    const csv = await fetchText(request, `/export/commitments.csv?${filter}`);
    expect(csv.trim().split("\n"), filter).toHaveLength(1 + TEST_KEYS.length);
    expectNone(csv, LA_WORDS, `the CSV of ${filter}`);

    const api = await request.get(`/api/commitments?${filter}`);
    expect(api.status()).toBe(200);
    const body = await api.json();
    expect(body.commitments.map((row: { key: string }) => row.key)).toEqual(TEST_KEYS);
    expect(body.commitment_count).toBe(2);
    expectNone(JSON.stringify(body), LA_WORDS, `the API list of ${filter}`);
  }
  const record = await request.get(`/api/commitments/${TEST_KEYS[0]}`);
  expect((await record.json()).source).toMatchObject({ framework: TEST.shortName, framework_key: TEST.key });

  expectNone(await fetchText(request, `/export/commitments.csv?framework=${LA.key}`), TEST_WORDS, "the shipped CSV");
  const shipped = await (await request.get(`/api/commitments?framework=${LA.key}`)).json();
  expect(shipped.commitment_count).toBe(shippedCount);
  expectNone(JSON.stringify(shipped), TEST_WORDS, "the shipped framework's API list");
});
