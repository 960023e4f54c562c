import { describe, expect, it } from "vitest";
import { fromDbDate } from "@/lib/domain/calendar-date";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { laDeclaration2024 } from "@/prisma/seed/data";
import { loadDeclaration } from "@/lib/db/seed/load";
import { seedAll } from "@/lib/db/seed";
import type { SeedCommitment, SeedDeclaration } from "@/lib/db/seed/types";
import { dateMatchesWords, plainFactSheet, readFigureWords } from "../support/source-words";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();

const flatten = (data: SeedDeclaration): SeedCommitment[] =>
  data.commitments.flatMap((item) => [item, ...(item.children ?? [])]);
const allSeeded = flatten(laDeclaration2024);
const source = plainFactSheet();

/** Every figure whose stored qualifier or number is not what its own words say. */
function figureMismatches(data: SeedDeclaration): string[] {
  return flatten(data).flatMap((item) => (item.targets ?? []).flatMap((target) => {
    const read = readFigureWords(target.asWritten);
    return read.qualifier === target.qualifier && read.value === target.value ? []
      : [`${item.key}/${target.key}: stored ${target.qualifier} ${target.value}, words say ${read.qualifier} ${read.value}`];
  }));
}

/** Every date that says more than, or other than, its own words. */
function dateMismatches(data: SeedDeclaration): string[] {
  return flatten(data).flatMap((item) => (item.deadlines ?? []).flatMap((deadline) =>
    dateMatchesWords({ ...deadline, inferred: deadline.inferenceNote !== undefined }, deadline.sourceText) ? []
      : [`${item.key}/${deadline.key}: ${formatPreciseDate(deadline)} against "${deadline.sourceText}"`]));
}

/** The seed with one figure's number or one date's month changed, as a slip of transcription would. */
function withSlip(slip: (item: SeedCommitment) => void): SeedDeclaration {
  const copy = structuredClone(laDeclaration2024);
  flatten(copy).forEach(slip);
  return copy;
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
    const rows = await database.prisma.commitment.findMany({ select: { key: true, sourceText: true } });
    const missing = rows.filter((row) =>
      !row.sourceText.split(/(?<=[.!?]) /).every((sentence) => source.includes(sentence.replace(/\s+/g, " "))));
    expect(missing.map((row) => row.key)).toEqual([]);
  });

  it("quotes every deadline, figure and status from the commitment's own words, and those from the fact sheet", () => {
    const stray = allSeeded.flatMap((item) => [
      ...(item.deadlines ?? []).map((deadline) => ({ at: `${item.key}/${deadline.key}`, words: deadline.sourceText })),
      ...(item.targets ?? []).flatMap((target) => [
        { at: `${item.key}/${target.key}`, words: target.sourceText },
        { at: `${item.key}/${target.key} as written`, words: target.asWritten },
      ]),
    ].filter(({ words }) => !item.sourceText.includes(words) || !source.includes(words)).map(({ at }) => at));
    expect(stray).toEqual([]);
    for (const item of allSeeded) {
      for (const target of item.targets ?? []) expect(target.sourceText).toContain(target.asWritten);
      expect(source, item.key).toContain(item.statusWords);
      expect(item.statusReason, item.key).toContain(item.statusWords);
    }
  });

  it("stores every figure with the qualifier and the number its words give, no more precise", () => {
    expect(figureMismatches(laDeclaration2024)).toEqual([]);
    const tenThousand = withSlip((item) => item.targets?.filter((t) => t.value === 100_000).forEach((t) => { t.value = 10_000; }));
    expect(figureMismatches(tenThousand)).toContainEqual(expect.stringContaining("us-refugee-resettlement-100000/refugees-welcomed"));
    const exact = withSlip((item) => item.targets?.filter((t) => t.asWritten.startsWith("nearly")).forEach((t) => { t.qualifier = "STATED"; }));
    expect(figureMismatches(exact)).toHaveLength(2);
  });

  it("stores every date as its words give it, an inferred year flagged and explained", async () => {
    expect(dateMismatches(laDeclaration2024)).toEqual([]);
    const july = withSlip((item) => item.deadlines?.filter((d) => d.date === "2024-08-01").forEach((d) => { d.date = "2024-07-01"; }));
    expect(dateMismatches(july)).toEqual([expect.stringContaining("gt-dismantles-san-antonio-smuggling-network/network-dismantled")]);
    const unflagged = withSlip((item) => item.deadlines?.forEach((d) => { delete d.inferenceNote; }));
    expect(dateMismatches(unflagged)).toHaveLength(3);
    const stored = await database.prisma.deadline.findMany({ where: { inferred: true },
      select: { key: true, inferenceNote: true, date: true, precision: true } });
    expect(stored.map((d) => d.key).sort()).toEqual(["chair-term-ends", "fiscal-year", "network-dismantled"]);
    for (const d of stored) {
      expect(d.inferenceNote).toContain(formatPreciseDate({ date: fromDbDate(d.date), precision: d.precision }).slice(-4));
    }
  });

  // Per commitment: acting countries with their roles (or the group that acts), the kinds and qualifiers of its
  // figures, and its status with the words of the fact sheet it rests on.
  it.each([
    ["us-686-million-assistance", "US:lead", "goal more_than", "NO_INFORMATION", "Secretary Blinken announced"],
    ["us-686m-humanitarian-needs", "US:lead", "context nearly", "NOT_STARTED", "will support"],
    ["us-686m-migrant-integration", "US:lead", "", "IN_PROGRESS", "U.S. funding also supports"],
    ["us-1-2-billion-committed-2024", "US:lead", "reported more_than", "COMPLETED", "has now committed"],
    ["us-expanded-enforcement-partnerships", "PA:partner US:lead", "", "IN_PROGRESS", "Panama is implementing"],
    ["pa-us-funded-removal-program", "PA:lead US:partner", "reported stated", "IN_PROGRESS", "is implementing"],
    ["us-visa-restrictions-travel-executives", "US:lead", "", "IN_PROGRESS", "continues to take steps to impose"],
    ["la-declaration-secretariat", "(Los Angeles Declaration endorsing countries)", "", "NOT_STARTED", "will be managed"],
    ["co-rotating-country-chair", "CO:lead", "", "NOT_STARTED", "will assume the role of rotating Country Chair over the next year"],
    ["co-rotating-country-chair-2025-ministerial", "CO:lead", "", "NOT_STARTED", "will host the fifth Los Angeles Declaration Ministerial in 2025"],
    ["us-asylum-bar-executive-actions", "US:lead", "reported more_than", "IN_PROGRESS", "Since June 4, encounters between ports of entry have dropped by more than 50%"],
    ["la-entry-transit-visa-policies", "(Los Angeles Declaration endorsing countries)", "reported more_than", "IN_PROGRESS", "have taken over 300 new visa policy actions"],
    ["us-smuggling-trafficking-investigations", "US:lead", "", "IN_PROGRESS", "has mobilized resources to increase investigations"],
    ["gt-dismantles-san-antonio-smuggling-network", "GT:lead US:partner", "context stated", "COMPLETED", "dismantled a human smuggling network"],
    ["us-sanctions-smuggling-networks", "US:lead", "reported more_than, reported stated, reported stated, reported stated", "IN_PROGRESS", "has sanctioned eight human smuggling networks"],
    ["co-reward-capture-clan-del-golfo-smugglers", "CO:lead", "context stated", "IN_PROGRESS", "are offering a reward"],
    ["us-regional-biometric-sharing", "US:lead", "", "IN_PROGRESS", "has enhanced biometric sharing capabilities throughout the region, enabling law enforcement actions"],
    ["gt-la-aurora-airport-biometric-program", "GT:lead US:partner", "", "NO_INFORMATION", "announced a new biometric program"],
    ["us-refugee-resettlement-100000", "US:lead", "goal stated", "IN_PROGRESS", "is now on track to welcome"],
    ["us-safe-mobility-refugee-resettlement", "US:lead", "reported more_than, reported stated", "IN_PROGRESS", "have been resettled safely and legally"],
    ["us-labor-neighbors", "US:lead", "", "IN_PROGRESS", "is incorporating"],
    ["bz-seasonal-migrant-worker-program", "BZ:lead", "", "IN_PROGRESS", "is establishing"],
    ["ca-economic-mobility-pathways-pilot", "CA:lead", "", "NO_INFORMATION", "seeks to support"],
    ["ec-labor-mobility-unit", "EC:lead US:partner", "", "IN_PROGRESS", "is launching"],
    ["us-safe-mobility-offices", "CO:host CR:host EC:host GT:host US:lead", "", "IN_PROGRESS", "continues to provide"],
    ["cr-safe-mobility-offices", "CR:lead US:lead", "", "IN_PROGRESS", "will be extended until December 2025"],
    ["cr-safe-mobility-offices-extension", "CR:lead US:lead", "", "IN_PROGRESS", "will be extended until December 2025"],
    ["cr-safe-mobility-eligibility-expansion", "CR:lead", "", "NOT_STARTED", "will also expand eligibility criteria"],
    ["ca-safe-mobility-referrals", "CA:lead", "", "IN_PROGRESS", "began receiving referrals"],
    ["us-chnv-parole-processes", "US:lead", "", "IN_PROGRESS", "have helped reduce irregular flows"],
    ["la-regular-status-policies", "(More than half of Los Angeles Declaration endorsing countries)", "reported more_than, reported stated", "IN_PROGRESS", "have implemented policies"],
    ["ar-venezuelan-admission-regularization", "AR:lead", "", "NO_INFORMATION", "announced a special admission and regularization program"],
    ["ca-francophone-minority-student-program", "CA:lead", "", "NOT_STARTED", "will give program participants access"],
    ["co-regularization-plan-parents-guardians", "CO:lead", "goal about", "IN_PROGRESS", "announced the signing of a regularization plan"],
    ["ec-venezuelan-regularization-integration", "EC:lead US:partner", "", "IN_PROGRESS", "extended its regularization process"],
    ["ec-regularization-extension", "EC:lead", "goal about", "IN_PROGRESS", "extended its regularization process until April 2025"],
    ["ec-two-year-visa-renewals", "EC:lead", "goal nearly", "NOT_STARTED", "committed to renew"],
    ["ec-social-safety-net-world-bank-lending", "EC:partner US:lead", "context stated", "IN_PROGRESS", "is helping Ecuador unlock"],
    ["mx-chiapas-multi-purpose-processing-center", "MX:lead", "", "NOT_STARTED", "committed to opening"],
    ["pa-regularization-process-intent", "PA:lead", "", "NOT_STARTED", "announced the intent to begin a process"],
    ["pe-migrant-children-school-documentation", "PE:lead", "", "NOT_STARTED", "announced plans to prioritize"],
    ["uy-regularization-decrees", "UY:lead", "goal about, reported stated", "IN_PROGRESS", "approved two decrees"],
  ] as const)("has %s acted by %s, figures [%s], status %s on “%s”", async (key, actors, figures, status, words) => {
    const row = await database.prisma.commitment.findUniqueOrThrow({
      where: { key },
      select: { status: true, collectiveActor: true, countries: { select: { countryCode: true, role: true } },
        targets: { select: { kind: true, qualifier: true } },
        updates: { where: { source: "SEED" }, orderBy: { version: "desc" }, take: 1, select: { statusReason: true } } },
    });
    const roles = row.countries.map((c) => `${c.countryCode}:${c.role.toLowerCase()}`).sort().join(" ");
    expect(roles || `(${row.collectiveActor})`).toBe(actors);
    expect(row.targets.map((t) => `${t.kind} ${t.qualifier}`.toLowerCase()).sort().join(", ")).toBe(figures);
    expect(row.status).toBe(status);
    expect(row.updates[0]?.statusReason).toContain(`“${words}”`);
    expect(source).toContain(words);
  });

  it("has no commitment the table above leaves out", () => {
    expect(allSeeded).toHaveLength(42);
  });

  it.each([
    ["cr-safe-mobility-offices-extension", "lawful-pathways", "December 2025", "MONTH"],
    ["ec-regularization-extension", "root-causes-and-integration", "April 2025", "MONTH"],
    ["ca-safe-mobility-referrals", "lawful-pathways", "2025", "YEAR"],
    ["us-refugee-resettlement-100000", "lawful-pathways", "Fiscal year 2024", "FISCAL_YEAR"],
    ["co-rotating-country-chair-2025-ministerial", null, "2025", "YEAR"],
    ["co-rotating-country-chair", null, "2025", "YEAR"],
    ["cr-safe-mobility-eligibility-expansion", "lawful-pathways", "September 15, 2024", "DAY"],
    ["us-686-million-assistance", null, null, null],
  ] as const)("has %s in pillar %s, dated %s", async (key, pillar, written, precision) => {
    const facts = await database.prisma.commitment.findUniqueOrThrow({ where: { key },
      select: { pillar: { select: { slug: true } }, pillarNote: true, deadlines: { select: { date: true, precision: true } } } });
    expect(facts.pillar?.slug ?? null).toBe(pillar);
    const shown = facts.deadlines.map((deadline) =>
      formatPreciseDate({ date: fromDbDate(deadline.date), precision: deadline.precision }));
    if (written) expect(shown).toContain(written);
    if (precision) expect(facts.deadlines.find((deadline) => deadline.precision === precision)).toBeTruthy();
  });

  it("files the $686 million package under no single pillar, and says why, as every framework-wide item does", async () => {
    const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key: "us-686-million-assistance" },
      select: { pillarId: true, pillarNote: true } });
    expect(row.pillarId).toBeNull();
    expect(row.pillarNote).toContain("spans all three pillars");
    expect(allSeeded.filter((item) => item.pillar === null && !item.pillarNote).map((item) => item.key)).toEqual([]);
  });

  it("marks the two parents that only repeat their parts as groups, not counted", async () => {
    const groups = await database.prisma.commitment.findMany({ where: { isGroup: true }, select: { key: true } });
    expect(groups.map((row) => row.key).sort()).toEqual(["cr-safe-mobility-offices", "ec-venezuelan-regularization-integration"]);
  });

  it("stores each deadline's due day at the end of its period, and its first date as the original", async () => {
    const deadline = await database.prisma.deadline.findFirstOrThrow({ where: { key: "offices-open-until" } });
    expect(fromDbDate(deadline.dueOn)).toBe("2025-12-31");
    expect(fromDbDate(deadline.originalDate)).toBe("2025-12-01");
    expect(deadline.moveCount).toBe(0);
  });

  it("records where each status came from as the first, public history entry", async () => {
    const entries = await database.prisma.progressUpdate.findMany({ where: { source: "SEED" } });
    expect(entries).toHaveLength(allSeeded.length);
    expect(entries.every((entry) => entry.visibility === "PUBLIC" && entry.statusReason)).toBe(true);
  });

  it("changes nothing when run again, and never overwrites what staff changed", async () => {
    const key = "uy-regularization-decrees";
    const row = await database.prisma.commitment.update({ where: { key },
      data: { status: "COMPLETED", title: "Edited by staff", version: { increment: 1 } } });
    await database.prisma.progressUpdate.create({ data: { commitmentId: row.id, source: "STAFF", visibility: "PUBLIC",
      version: row.version, oldStatus: "IN_PROGRESS", newStatus: "COMPLETED", statusReason: "Done", evidenceUrls: [] } });
    const before = await database.prisma.commitment.findMany({ orderBy: { key: "asc" } });
    const result = await seedAll(database.prisma);
    expect(result).toEqual({ created: 0, corrected: 0, kept: allSeeded.length, translated: 0 });
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
