import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { withAppDatabase } from "../support/e2e-database";

const LONG_KEY = "e2e-long-unbroken-words";
const LONG_TITLE = "T".repeat(10_000);
const LONG_NOTE = "x".repeat(10_000);
const VIEWPORTS = [{ width: 390, height: 844 }, { width: 1366, height: 900 }];
const SCREENS = "test-results/screens";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  await withAppDatabase(e2eDataDir, async (prisma) => {
    const template = await prisma.commitment.findUniqueOrThrow({ where: { key: "cr-safe-mobility-offices-extension" } });
    const long = await prisma.commitment.create({
      data: { key: LONG_KEY, declarationId: template.declarationId, pillarId: template.pillarId, position: 10_000,
        title: LONG_TITLE, description: LONG_NOTE, sourceText: LONG_NOTE, sourceSection: "Test", type: template.type,
        status: "IN_PROGRESS", version: 2, lastUpdateAt: new Date(),
        countries: { create: { countryCode: "CR", role: "LEAD" } },
        // Three deadlines ahead, so that "Due next" is as full as it gets on the first screen.
        deadlines: { create: [1, 2, 3].map((month) => ({ key: `ahead-${month}`, kind: "DEADLINE" as const, label: `Step ${month}`,
          date: new Date(Date.UTC(2099, month - 1, 1)), precision: "MONTH" as const, dueOn: new Date(Date.UTC(2099, month, 0)) })) } },
    });
    await prisma.progressUpdate.create({
      data: { commitmentId: long.id, source: "STAFF", visibility: "PUBLIC", version: 2, note: LONG_NOTE, evidenceUrls: [] },
    });
  });
});

test.afterAll(async () => {
  await withAppDatabase(e2eDataDir, (prisma) =>
    prisma.commitment.update({ where: { key: LONG_KEY }, data: { archivedAt: new Date() } }));
});

async function pageWidth(page: Page) {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));
}

async function bottomOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  return box!.y + box!.height;
}

for (const viewport of VIEWPORTS) {
  const size = `${viewport.width}x${viewport.height}`;

  test(`at ${size} the home page's first screen shows the counts, the passed deadlines and the first commitment`, async ({ browser }) => {
    const page = await browser.newPage({ viewport });
    await page.goto("/");
    // Groups of sub-commitments are listed but not counted (docs/data-model.md).
    const total = await withAppDatabase(e2eDataDir, (prisma) => prisma.commitment.count({ where: { archivedAt: null, isGroup: false } }));
    await expect(page.locator("[data-status-counts] li").first()).toContainText(`${total}`);
    expect(await bottomOf(page, "[data-status-counts]")).toBeLessThanOrEqual(viewport.height);
    expect(await bottomOf(page, '[data-glance="overdue"] li')).toBeLessThanOrEqual(viewport.height);
    await expect(page.locator('[data-glance="due-next"] li')).toHaveCount(3);
    expect(await bottomOf(page, "[data-commitment]")).toBeLessThanOrEqual(viewport.height);
    await page.close();
  });

  test(`at ${size} no public page is wider than its viewport, even with a 10,000-character word`, async ({ browser }) => {
    mkdirSync(SCREENS, { recursive: true });
    const page = await browser.newPage({ viewport });
    const paths = { home: "/", commitment: "/commitments/cr-safe-mobility-offices-extension", long: `/commitments/${LONG_KEY}`,
      country: "/countries/cr", updates: "/updates", map: "/map", export: "/export" };
    for (const [name, path] of Object.entries(paths)) {
      await page.goto(path);
      await page.screenshot({ path: `${SCREENS}/${name}-${size}.png` });
      expect(await pageWidth(page), path).toEqual({ scroll: viewport.width, viewport: viewport.width });
    }
    // Under 600 px the export dictionary reads as cards: one block per column, each value named by its column.
    await page.goto("/export");
    const firstRow = page.locator("#commitment-columns tbody tr").first();
    expect(await firstRow.evaluate((row) => getComputedStyle(row).display)).toBe(viewport.width < 600 ? "block" : "table-row");
    await page.goto("/updates");
    const entry = page.locator("[data-update]").first();
    await expect(entry.getByRole("link", { name: "Read the whole note" })).toHaveAttribute("href", new RegExp(`/commitments/${LONG_KEY}#entry-`));
    expect(await entry.textContent()).not.toContain(LONG_NOTE);
    await page.close();
  });
}
