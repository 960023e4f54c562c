import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromDbDate } from "@/lib/domain/calendar-date";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { laDeclaration2024 } from "@/prisma/seed/data";
import { loadDeclaration } from "@/prisma/seed/load";
import { seedAll } from "@/prisma/seed";
import type { SeedCommitment } from "@/prisma/seed/types";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();

const allSeeded: SeedCommitment[] = laDeclaration2024.commitments.flatMap((item) => [item, ...(item.children ?? [])]);

/** The fact sheet as plain text: markdown emphasis and link syntax removed, white space collapsed. */
function plainSource(): string {
  const markdown = readFileSync(path.resolve(import.meta.dirname,
    "../../../shared/source/la-declaration-fact-sheet-2024-09-26.md"), "utf8").replace(/^---[\s\S]*?---/, "");
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/\\#/g, "#")
    .replace(/\s+/g, " ");
}

async function commitmentFacts(key: string) {
  return database.prisma.commitment.findUniqueOrThrow({
    where: { key },
    select: {
      status: true,
      pillar: { select: { slug: true } },
      countries: { select: { countryCode: true, role: true } },
      deadlines: { select: { kind: true, date: true, precision: true, dueOn: true } },
      targets: { select: { value: true, unit: true, qualifier: true } },
    },
  });
}

describe("the seed", () => {
  it("holds every commitment of the data file, sub-commitments one level deep", async () => {
    const count = await database.prisma.commitment.count();
    expect(count).toBe(allSeeded.length);
    expect(count).toBeGreaterThanOrEqual(35);
    const children = await database.prisma.commitment.findMany({ where: { parentId: { not: null } },
      select: { parent: { select: { parentId: true } } } });
    expect(children.length).toBeGreaterThan(0);
    expect(children.every((child) => child.parent?.parentId === null)).toBe(true);
  });

  it("keeps the words of the fact sheet for every commitment", async () => {
    const source = plainSource();
    const rows = await database.prisma.commitment.findMany({ select: { key: true, sourceText: true } });
    const missing = rows.filter((row) =>
      !row.sourceText.split(/(?<=[.!?]) /).every((sentence) => source.includes(sentence.replace(/\s+/g, " "))));
    expect(missing.map((row) => row.key)).toEqual([]);
  });

  it.each([
    ["cr-safe-mobility-offices-extension", "lawful-pathways", "CR", ["US"], "December 2025", "MONTH"],
    ["ec-regularization-extension", "root-causes-and-integration", "EC", [], "April 2025", "MONTH"],
    ["ca-safe-mobility-referrals", "lawful-pathways", "CA", [], "2025", "YEAR"],
    ["us-refugee-resettlement-100000", "lawful-pathways", "US", [], "Fiscal year 2024", "FISCAL_YEAR"],
    ["co-rotating-country-chair-2025-ministerial", null, "CO", [], "2025", "YEAR"],
    ["cr-safe-mobility-eligibility-expansion", "lawful-pathways", "CR", [], "September 15, 2024", "DAY"],
  ] as const)("has %s in pillar %s, led by %s, partners %j, dated %s", async (key, pillar, lead, partners, written, precision) => {
    const facts = await commitmentFacts(key);
    expect(facts.pillar?.slug ?? null).toBe(pillar);
    expect(facts.countries.filter((c) => c.role === "LEAD").map((c) => c.countryCode)).toEqual([lead]);
    expect(facts.countries.filter((c) => c.role === "PARTNER").map((c) => c.countryCode).sort()).toEqual([...partners]);
    const shown = facts.deadlines.map((deadline) =>
      formatPreciseDate({ date: fromDbDate(deadline.date), precision: deadline.precision }));
    expect(shown).toContain(written);
    expect(facts.deadlines.find((deadline) => deadline.precision === precision)).toBeTruthy();
  });

  it.each([
    ["uy-regularization-decrees", "UY", "ABOUT", 25_500, "people"],
    ["us-686-million-assistance", "US", "MORE_THAN", 686_000_000, "USD"],
    ["co-regularization-plan-parents-guardians", "CO", "ABOUT", 600_000, "parents and legal guardians"],
    ["ec-two-year-visa-renewals", "EC", "NEARLY", 95_000, "visas"],
    ["la-entry-transit-visa-policies", null, "MORE_THAN", 300, "visa policy actions"],
    ["us-refugee-resettlement-100000", "US", "EXACTLY", 100_000, "refugees"],
  ] as const)("has %s with its numeric target", async (key, lead, qualifier, value, unit) => {
    const facts = await commitmentFacts(key);
    expect(facts.countries.find((c) => c.role === "LEAD")?.countryCode ?? null).toBe(lead);
    expect(facts.targets.map((target) => ({ qualifier: target.qualifier, value: Number(target.value), unit: target.unit })))
      .toContainEqual({ qualifier, value, unit });
  });

  it("stores each deadline's due day at the end of its period", async () => {
    const facts = await commitmentFacts("cr-safe-mobility-offices-extension");
    expect(fromDbDate(facts.deadlines[0]!.dueOn)).toBe("2025-12-31");
  });

  it("records where each status came from as the first, public history entry", async () => {
    const entries = await database.prisma.progressUpdate.findMany({ where: { source: "SEED" } });
    expect(entries).toHaveLength(allSeeded.length);
    expect(entries.every((entry) => entry.visibility === "PUBLIC" && entry.statusReason)).toBe(true);
  });

  it("changes nothing when run again, and never overwrites what staff changed", async () => {
    const key = "uy-regularization-decrees";
    await database.prisma.commitment.update({ where: { key }, data: { status: "COMPLETED", title: "Edited by staff" } });
    const before = await database.prisma.commitment.findMany({ orderBy: { key: "asc" } });
    const result = await seedAll(database.prisma);
    expect(result).toEqual({ created: 0, kept: allSeeded.length });
    const after = await database.prisma.commitment.findMany({ orderBy: { key: "asc" } });
    expect(after).toEqual(before);
    expect(await database.prisma.progressUpdate.count({ where: { source: "SEED" } })).toBe(allSeeded.length);
  });

  it("puts back a shipped commitment that is missing, and only that one", async () => {
    const extra: SeedCommitment = { ...allSeeded[0]!, key: "test-extra-commitment", children: [] };
    const result = await loadDeclaration(database.prisma, {
      ...laDeclaration2024,
      commitments: [...laDeclaration2024.commitments, extra],
    });
    expect(result.created).toBe(1);
    expect(await database.prisma.commitment.count()).toBe(allSeeded.length + 1);
  });
});
