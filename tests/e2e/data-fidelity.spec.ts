import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { e2eDataDir } from "../../playwright.config";
import { withAppDatabase } from "../support/e2e-database";

/** What a reader of the fact sheet expects to find on the pages (issue 14). */
type ApiDeadline = { as_written: string; original_as_written: string; times_moved: number };
type ApiRow = { key: string; counted: boolean; next_deadline: ApiDeadline | null };

test("a context figure is a fact of the source: no target, no progress", async ({ page }) => {
  await page.goto("/commitments/us-686m-humanitarian-needs");
  const figures = page.getByRole("region", { name: "Figures", exact: true });
  await expect(figures.locator('[data-figure-kind="context"]')).toContainText("nearly 8 million Venezuelans");
  await expect(figures.locator('[data-figure-kind="goal"]')).toHaveCount(0);
  await expect(figures.locator("svg")).toHaveCount(0);

  await page.goto("/commitments/la-regular-status-policies");
  await expect(figures).toContainText("4.4 million Venezuelans");
  await expect(figures).toContainText("More than half");
  await expect(figures).not.toContainText("4,400,000");
});

test("hosts and joint leads show with their roles, and a host's country page lists the commitment", async ({ page }) => {
  await page.goto("/commitments/us-safe-mobility-offices");
  const who = page.getByRole("region", { name: "Who acts", exact: true });
  for (const host of ["Guatemala", "Costa Rica", "Colombia", "Ecuador"]) await expect(who).toContainText(`${host} (host)`);
  await page.goto("/countries/gt");
  await expect(page.locator('[data-commitment="us-safe-mobility-offices"]')).toContainText("Guatemala (host)");

  await page.goto("/commitments/cr-safe-mobility-offices-extension");
  await expect(who).toContainText("Costa Rica (lead)");
  await expect(who).toContainText("United States (lead)");
});

test("an inferred year and a framework-wide item say so on their page", async ({ page }) => {
  await page.goto("/commitments/gt-dismantles-san-antonio-smuggling-network");
  await expect(page.locator("[data-inferred]")).toContainText("the year 2024 is inferred");
  await expect(page.locator('[data-figure-kind="context"]')).toContainText("53 migrants");
  await page.goto("/commitments/us-686-million-assistance");
  await expect(page.getByText("Framework-wide: no single pillar")).toBeVisible();
  await expect(page.locator('[data-note="pillar"]')).toContainText("spans all three pillars");
});

test("groups are listed but not counted, on the page and in the API", async ({ page, request }) => {
  const list = await (await request.get("/api/commitments?country=CR")).json() as
    { total: number; commitment_count: number; commitments: ApiRow[] };
  expect(list.commitments.find((row) => row.key === "cr-safe-mobility-offices")?.counted).toBe(false);
  expect(list.commitment_count).toBe(list.commitments.filter((row) => row.counted).length);
  expect(list.commitment_count).toBe(list.total - 1);
  await page.goto("/countries/cr");
  await expect(page.getByRole("status").filter({ hasText: "commitments match" }))
    .toHaveText(`${list.commitment_count} commitments match.`);
  await expect(page.locator("[data-counting]"))
    .toHaveText(`${list.total} records listed: groups of sub-commitments are shown, not counted.`);
  await expect(page.locator('[data-commitment="cr-safe-mobility-offices"] [data-group]')).toContainText("not counted");
});

test("a moved deadline shows its first date and its moves everywhere it is shown", async ({ page, request }) => {
  const key = "ca-safe-mobility-referrals";
  await withAppDatabase(e2eDataDir, async (prisma) => {
    const deadline = await prisma.deadline.findFirstOrThrow({ where: { commitment: { key }, key: "arrivals-start" } });
    const commitment = await prisma.commitment.update({ where: { key }, data: { version: { increment: 1 } } });
    await prisma.progressUpdate.create({ data: { commitmentId: commitment.id, source: "STAFF", visibility: "PUBLIC",
      version: commitment.version, note: "Arrivals now expected in 2026.", evidenceUrls: [],
      deadlineChanges: { create: { deadlineId: deadline.id, oldDate: deadline.date, oldPrecision: deadline.precision,
        newDate: new Date("2026-01-01T00:00:00Z"), newPrecision: "YEAR" } } } });
    await prisma.deadline.update({ where: { id: deadline.id },
      data: { date: new Date("2026-01-01T00:00:00Z"), dueOn: new Date("2026-12-31T00:00:00Z") } });
  });
  const moved = "first set as 2025, moved once";

  await page.goto(`/commitments/${key}`);
  await expect(page.getByRole("region", { name: "Deadlines", exact: true })).toContainText(moved);
  await expect(page.locator('[data-note="title-date"]')).toContainText("first announced, 2025; it has since moved to 2026");
  await page.goto("/countries/ca");
  await expect(page.locator(`[data-commitment="${key}"]`)).toContainText(moved);
  await expect(page.locator(`[data-commitment="${key}"] [data-note="title-date"]`)).toContainText("moved to 2026");
  const embed = await (await request.get(`/embed/commitments/${key}`)).text();
  expect(embed).toContain(moved);
  expect(embed).toContain("it has since moved to 2026");

  const one = await (await request.get(`/api/commitments/${key}`)).json() as ApiRow;
  expect(one.next_deadline).toMatchObject({ as_written: "2026", original_as_written: "2025", times_moved: 1 });
  const calendar = (await (await request.get("/calendar/deadlines.ics")).text()).replace(/\r\n[ \t]/g, "");
  expect(calendar).toContain("first set as 2025\\, moved once");
  const rows = parse(await (await request.get(`/export/commitments.csv?q=${key}`)).text(), { bom: true, columns: true }) as
    Record<string, string>[];
  expect(rows).toEqual([expect.objectContaining({ key, deadline_as_written: "2026", deadline_original_as_written: "2025",
    deadline_times_moved: "1" })]);
});
