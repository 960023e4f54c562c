import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/db/databases";
import { applyMigrations } from "@/lib/db/migrate";
import { fromDbDate } from "@/lib/domain/calendar-date";
import { withoutFrontMatter } from "@/lib/domain/source-text";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedAll } from "@/lib/db/seed";
import { laDeclaration2024 } from "@/prisma/seed/data";
import { loadDeclaration } from "@/lib/db/seed/load";
import type { SeedCommitment, SeedDeclaration } from "@/lib/db/seed/types";
import { laDeclaration2024Es } from "@/prisma/seed/translations-es";
import { landedMainSeed } from "../fixtures/landed-main-seed";

/**
 * A database seeded by the landed main (before issue 14) and then migrated: the start-up that follows (migrations,
 * then the seed) must correct every shipped commitment nobody but the seed wrote, and leave alone each one staff or
 * an import wrote.
 */
const flatten = (data: SeedDeclaration): SeedCommitment[] =>
  data.commitments.flatMap((item) => [item, ...(item.children ?? [])]);

/**
 * The landed main's records as its seed wrote them; "exactly" is what the migration renames to "stated", and the
 * framework is the row migration 20261203300000 makes of the declaration's name (its other fields empty, cleared below).
 */
function landedMain(): SeedDeclaration {
  const { name, ...document } = structuredClone(landedMainSeed);
  const data = { ...document, meetingPlace: "", framework: { ...laDeclaration2024.framework, name } } as unknown as SeedDeclaration;
  for (const target of flatten(data).flatMap((item) => item.targets ?? [])) {
    if ((target.qualifier as string) === "EXACTLY") target.qualifier = "STATED";
  }
  return data;
}

let prisma: PrismaClient;
let name: string;
let declarationBefore: Record<string, unknown>;
let historyBefore: { id: string; note: string | null; noteLang: string }[];

async function staffNote(key: string, source: "STAFF" | "IMPORT", title?: string) {
  const row = await prisma.commitment.update({ where: { key },
    data: { version: { increment: 1 }, ...(title ? { title } : {}) } });
  await prisma.progressUpdate.create({ data: { commitmentId: row.id, source, visibility: "INTERNAL", version: row.version,
    note: "Checked with the ministry.", evidenceUrls: [] } });
}

async function facts(key: string) {
  const row = await prisma.commitment.findUniqueOrThrow({ where: { key }, select: {
    title: true, status: true, isGroup: true, pillarNote: true, pillar: { select: { slug: true } },
    countries: { select: { countryCode: true, role: true } },
    targets: { select: { key: true, kind: true, qualifier: true, value: true, asWritten: true } },
    deadlines: { select: { key: true, date: true, inferred: true } },
  } });
  return {
    title: row.title, status: row.status, isGroup: row.isGroup, pillarNote: row.pillarNote, pillar: row.pillar?.slug ?? null,
    countries: row.countries.map((c) => `${c.countryCode}:${c.role}`).sort(),
    targets: row.targets.map((t) => `${t.key} ${t.kind} ${t.qualifier} ${t.value === null ? null : Number(t.value)} ${t.asWritten}`).sort(),
    deadlines: row.deadlines.map((d) => `${d.key} ${fromDbDate(d.date)} ${d.inferred}`).sort(),
  };
}

function seedFacts(item: SeedCommitment) {
  return {
    title: item.title, status: item.status, isGroup: item.isGroup ?? false, pillarNote: item.pillarNote ?? null,
    pillar: item.pillar,
    countries: item.countries.map((c) => `${c.code}:${c.role}`).sort(),
    targets: (item.targets ?? []).map((t) => `${t.key} ${t.kind} ${t.qualifier} ${t.value} ${t.asWritten}`).sort(),
    deadlines: (item.deadlines ?? []).map((d) => `${d.key} ${d.date} ${d.inferenceNote !== undefined}`).sort(),
  };
}

const TOUCHED = { "ca-economic-mobility-pathways-pilot": "STAFF", "us-safe-mobility-offices": "IMPORT" } as const;

beforeAll(async () => {
  const serverUrl = inject("testServerUrl");
  name = `pb_test_${randomBytes(6).toString("hex")}`;
  await createDatabase(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  await applyMigrations(url);
  prisma = createPrismaClient(url, { maxConnections: 2 });
  await loadDeclaration(prisma, landedMain());
  await prisma.framework.updateMany({ data: { shortName: "", description: "", startedOn: null, startedPlace: null,
    endorserCount: null } });
  await staffNote("ca-economic-mobility-pathways-pilot", "STAFF", "Canada supports labor mobility (staff wording)");
  await staffNote("us-safe-mobility-offices", "IMPORT");
  declarationBefore = await prisma.declaration.findFirstOrThrow();
  historyBefore = await prisma.progressUpdate.findMany({ orderBy: { id: "asc" }, select: { id: true, note: true, noteLang: true } });
});

afterAll(async () => {
  await prisma.$disconnect();
  await dropDatabase(inject("testServerUrl"), name);
});

describe("a database seeded by the landed main", () => {
  it("ends up with the corrected records, created or corrected, and keeps every record staff or an import wrote", async () => {
    const before = new Map(await Promise.all(Object.keys(TOUCHED).map(async (key) => [key, await facts(key)] as const)));
    const result = await seedAll(prisma);
    expect(result.created).toBe(1);
    expect(result.corrected).toBeGreaterThan(20);
    expect(result.created + result.corrected + result.kept).toBe(flatten(laDeclaration2024).length);

    for (const item of flatten(laDeclaration2024)) {
      if (item.key in TOUCHED) expect(await facts(item.key), item.key).toEqual(before.get(item.key));
      else expect(await facts(item.key), item.key).toEqual(seedFacts(item));
    }
    expect((await facts("ca-economic-mobility-pathways-pilot")).status).toBe("IN_PROGRESS");
    expect((await facts("us-safe-mobility-offices")).countries).toEqual(["US:LEAD"]);
  });

  it("gets the fact sheet's full text as published, its publisher and the framework's short name, description, start and endorsers, every other field as it was", async () => {
    const published = readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed", laDeclaration2024.document!.file), "utf8");
    expect(declarationBefore.sourceMarkdown).toBe("");
    const after = await prisma.declaration.findFirstOrThrow();
    expect(after).toEqual({ ...declarationBefore, sourcePublisher: "The White House",
      sourceMarkdown: withoutFrontMatter(published) });
    expect(after.sourceMarkdown.length).toBeGreaterThan(10_000);
    expect(await prisma.framework.findMany({ omit: { id: true } })).toEqual([{ key: laDeclaration2024.framework.key,
      name: "Los Angeles Declaration on Migration and Protection", shortName: "Los Angeles Declaration",
      description: laDeclaration2024.framework.description, startedOn: new Date("2022-06-10T00:00:00Z"),
      startedPlace: "Los Angeles", endorserCount: 22 }]);
  });

  it("says in the public history what each correction changed, and moves the version on", async () => {
    const row = await prisma.commitment.findUniqueOrThrow({ where: { key: "ar-venezuelan-admission-regularization" },
      select: { version: true, updates: { orderBy: { version: "asc" },
        select: { source: true, visibility: true, oldStatus: true, newStatus: true, statusReason: true, note: true } } } });
    expect(row.version).toBe(2);
    expect(row.updates).toHaveLength(2);
    expect(row.updates[1]).toMatchObject({ source: "SEED", visibility: "PUBLIC", oldStatus: "IN_PROGRESS",
      newStatus: "NO_INFORMATION" });
    expect(row.updates[1]!.statusReason).toContain("“announced a special admission and regularization program”");
    expect(row.updates[1]!.note).toContain("status");
  });

  it("gets the shipped Spanish of every commitment whose English is the shipped English, and none where staff reworded it", async () => {
    const rows = await prisma.commitmentTranslation.findMany({ select: { locale: true, title: true, description: true,
      source: true, commitment: { select: { key: true } } } });
    const reworded = "ca-economic-mobility-pathways-pilot";
    const expected = Object.entries(laDeclaration2024Es.commitments).filter(([key]) => key !== reworded);
    expect(rows.map((row) => [row.commitment.key, { title: row.title, description: row.description }]).sort())
      .toEqual(expected.sort());
    expect(rows.every((row) => row.locale === "es" && row.source === "SEED")).toBe(true);
  });

  it("gets the shipped Spanish of every pillar, written by the seed", async () => {
    const rows = await prisma.pillarTranslation.findMany({ select: { locale: true, name: true, shortName: true,
      description: true, source: true, pillar: { select: { slug: true } } } });
    expect(Object.fromEntries(rows.map((row) => [row.pillar.slug, { name: row.name, shortName: row.shortName,
      description: row.description }]))).toEqual(laDeclaration2024Es.pillars);
    expect(rows.every((row) => row.locale === "es" && row.source === "SEED")).toBe(true);
  });

  it("keeps every history entry, each note now said to be in English, the language it was written in", async () => {
    const before = new Map(historyBefore.map((entry) => [entry.id, entry]));
    const after = await prisma.progressUpdate.findMany({ where: { id: { in: [...before.keys()] } },
      select: { id: true, note: true, noteLang: true } });
    expect(after).toHaveLength(historyBefore.length);
    expect(after.every((entry) => entry.note === before.get(entry.id)!.note && entry.noteLang === "en")).toBe(true);
    expect((await prisma.declaration.findFirstOrThrow()).sourceLang).toBe("en");
  });

  it("corrects nothing more the second time", async () => {
    const result = await seedAll(prisma);
    expect(result).toEqual({ created: 0, corrected: 0, kept: flatten(laDeclaration2024).length, translated: 0 });
  });

  it("keeps a deadline's first date and counts its moves, whoever writes it", async () => {
    const deadline = await prisma.deadline.findFirstOrThrow({ where: { key: "offices-open-until" } });
    await prisma.deadline.update({ where: { id: deadline.id },
      data: { date: new Date("2026-06-01T00:00:00Z"), dueOn: new Date("2026-06-30T00:00:00Z") } });
    await prisma.deadline.update({ where: { id: deadline.id }, data: { label: "Offices open until (relabelled)" } });
    await prisma.deadline.update({ where: { id: deadline.id },
      data: { date: new Date("2026-09-01T00:00:00Z"), dueOn: new Date("2026-09-30T00:00:00Z"), originalDate: new Date() } });
    const moved = await prisma.deadline.findUniqueOrThrow({ where: { id: deadline.id } });
    expect(fromDbDate(moved.originalDate)).toBe("2025-12-01");
    expect(moved.originalPrecision).toBe("MONTH");
    expect(moved.moveCount).toBe(2);
  });
});
