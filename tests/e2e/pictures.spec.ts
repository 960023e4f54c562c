import { expect, test } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { predominantStatus } from "../../lib/domain/country-shade";
import type { CommitmentStatus } from "../../lib/generated/prisma/enums";
import { withAppDatabase } from "../support/e2e-database";

const MOVED = "co-rotating-country-chair-2025-ministerial";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // The ministerial's deadline moved twice, from "2025" to June 2025 to October 2025, as two staff entries.
  await withAppDatabase(e2eDataDir, async (prisma) => {
    const commitment = await prisma.commitment.findUniqueOrThrow({ where: { key: MOVED }, include: { deadlines: true } });
    const deadline = commitment.deadlines[0]!;
    const moves = [
      { oldDate: deadline.date, oldPrecision: deadline.precision, newDate: new Date("2025-06-01"), dueOn: new Date("2025-06-30") },
      { oldDate: new Date("2025-06-01"), oldPrecision: "MONTH" as const, newDate: new Date("2025-10-01"), dueOn: new Date("2025-10-31") },
    ];
    let version = commitment.version;
    for (const [index, move] of moves.entries()) {
      version += 1;
      await prisma.commitment.update({ where: { id: commitment.id }, data: { version } });
      await prisma.progressUpdate.create({
        data: { commitmentId: commitment.id, source: "STAFF", visibility: "PUBLIC", version, evidenceUrls: [],
          createdAt: new Date(Date.UTC(2025, 2 + index * 3, 10)), note: `Deadline move ${index + 1}`,
          deadlineChanges: { create: { deadlineId: deadline.id, oldDate: move.oldDate, oldPrecision: move.oldPrecision,
            newDate: move.newDate, newPrecision: "MONTH" } } },
      });
      await prisma.deadline.update({ where: { id: deadline.id }, data: { date: move.newDate, precision: "MONTH", dueOn: move.dueOn } });
    }
  });
});

test("a commitment's timeline shows every deadline move, original and current date side by side", async ({ page }) => {
  const changes = await withAppDatabase(e2eDataDir, (prisma) => prisma.deadlineChange.findMany({
    where: { deadline: { commitment: { key: MOVED } }, oldDate: { not: null } },
    orderBy: { update: { createdAt: "asc" } }, select: { oldDate: true, newDate: true, deadline: { select: { label: true } } },
  }));
  expect(changes.length).toBe(2);
  await page.goto(`/commitments/${MOVED}`);
  const day = (date: Date | null) => date!.toISOString().slice(0, 10);
  await expect(page.locator("[data-move]")).toHaveCount(changes.length);
  expect(await page.locator("[data-move]").evaluateAll((items) => items.map((item) => item.getAttribute("data-move"))))
    .toEqual(changes.map((change) => `${day(change.oldDate)}>${day(change.newDate)}`));
  const words = page.locator(`[data-deadline-words="${changes[0]!.deadline.label}"]`);
  await expect(words).toContainText("originally 2025, now October 2025");
  await expect(words).toContainText("moved 2 times");
  const drawn = page.locator(`svg[data-timeline] [data-deadline="${changes[0]!.deadline.label}"]`);
  await expect(drawn).toHaveAttribute("data-original", day(changes[0]!.oldDate));
  await expect(drawn).toHaveAttribute("data-current", day(changes.at(-1)!.newDate));

  await page.goto("/?q=host%20the%20fifth");
  await expect(page.locator(`[data-commitment="${MOVED}"]`)).toContainText("October 2025");
  await expect(page.locator(`[data-commitment="${MOVED}"]`)).toContainText("moved");
});

test("the home page's chart of statuses over time counts every public commitment in its current month", async ({ page }) => {
  // Groups of sub-commitments are listed but never counted (docs/data-model.md).
  const byStatus = await withAppDatabase(e2eDataDir, (prisma) =>
    prisma.commitment.groupBy({ by: ["status"], where: { archivedAt: null, isGroup: false }, _count: { _all: true } }));
  await page.goto("/");
  await page.getByText("The figures, month by month").click();
  const lastRow = page.locator("[data-status-history] ~ details tbody tr").last();
  for (const row of byStatus) {
    await expect(lastRow.locator(`td[data-status="${row.status}"]`)).toHaveText(String(row._count._all));
  }
});

test("the map shades each acting country by the status most of its public commitments have", async ({ page }) => {
  const rows = await withAppDatabase(e2eDataDir, (prisma) => prisma.commitmentCountry.findMany({
    where: { commitment: { archivedAt: null, isGroup: false } }, select: { countryCode: true, commitment: { select: { status: true } } },
  }));
  const counts = new Map<string, Partial<Record<CommitmentStatus, number>>>();
  for (const row of rows) {
    const entry = counts.get(row.countryCode) ?? {};
    entry[row.commitment.status] = (entry[row.commitment.status] ?? 0) + 1;
    counts.set(row.countryCode, entry);
  }
  await page.goto("/map");
  const shaded = await page.locator("svg[data-map] a[data-country]").evaluateAll((links) =>
    links.map((link) => [link.getAttribute("data-country"), link.getAttribute("data-status"), link.getAttribute("href")]));
  expect(shaded.length).toBeGreaterThan(5);
  for (const [code, status, href] of shaded) {
    expect(status, code!).toBe(predominantStatus(counts.get(code!)!));
    expect(href).toBe(`/countries/${code!.toLowerCase()}`);
  }
  expect(new Set(shaded.map(([code]) => code))).toEqual(new Set([...counts.keys()]));
});
