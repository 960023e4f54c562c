import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/permissions";
import { logProgressUpdate } from "@/lib/data/progress-updates";
import { getPublicCommitment, listPublicUpdates } from "@/lib/data/public-commitments";
import { listWholePublicHistory } from "@/lib/data/public-history";
import { awaitDataGeneration } from "../support/data-generation";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const commitmentFeed = await import("@/app/(site)/commitments/[slug]/feed.xml/route");

/**
 * Every visibility rule of the public reads, at the data layer: an internal entry and an internal logged value are
 * written next to public ones, and no public read of any scope may return them.
 */
const database = useTestDatabase();
const stamp = Math.random().toString(36).slice(2, 8);
const PUBLIC_NOTE = `Public note ${stamp}`;
const INTERNAL_NOTE = `Internal note ${stamp}`;
let key = "";
let countryCode = "";
let pillarSlug = "";

async function log(actor: Actor, visibility: "PUBLIC" | "INTERNAL", note: string, valueReached: string) {
  const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key }, include: { targets: true } });
  const result = await logProgressUpdate(actor, {
    commitmentId: row.id, expectedVersion: row.version, status: row.status, statusReason: "", note, noteLang: "en",
    evidenceUrls: [], noEvidence: false, confirmEarlyDeadlines: false, visibility, deadlines: [], targetId: row.targets[0]!.id,
    valueReached,
  });
  expect(result.kind).toBe("saved");
}

beforeAll(async () => {
  const commitment = await database.prisma.commitment.findFirstOrThrow({
    where: { archivedAt: null, targets: { some: {} }, pillar: { isNot: null }, countries: { some: {} } },
    orderBy: { key: "asc" },
    include: { pillar: true, countries: true },
  });
  key = commitment.key;
  countryCode = commitment.countries[0]!.countryCode;
  pillarSlug = commitment.pillar!.slug;
  const admin = await makeUser(database.prisma, "ADMIN");
  const actor: Actor = { id: admin.id, role: "ADMIN", scope: { countryCodes: [], pillarIds: [] } };
  await log(actor, "PUBLIC", PUBLIC_NOTE, "111");
  await log(actor, "INTERNAL", INTERNAL_NOTE, "999");
});

function notes(rows: { note: string | null }[]) {
  return rows.map((row) => row.note);
}

describe("public reads leave internal entries out", () => {
  it("in a commitment's own history, which shows its public entry", async () => {
    const { rows } = await listPublicUpdates({ commitmentKey: key }, 1);
    expect(notes(rows)).toContain(PUBLIC_NOTE);
    expect(notes(rows)).not.toContain(INTERNAL_NOTE);
    expect(rows.every((row) => row.commitment.key === key)).toBe(true);
    expect(notes(await listWholePublicHistory(key))).toEqual(notes(rows));
  });

  it.each([
    ["all updates", () => ({})],
    ["a country's updates", () => ({ countryCode })],
    ["a pillar's updates", () => ({ pillarSlug })],
  ])("in %s", async (_name, scope) => {
    const { rows } = await listPublicUpdates(scope(), 1);
    expect(notes(rows)).toContain(PUBLIC_NOTE);
    expect(notes(rows)).not.toContain(INTERNAL_NOTE);
  });

  it("in a commitment's Atom feed", async () => {
    const commitment = await getPublicCommitment(key);
    const feed = await (await commitmentFeed.GET(new NextRequest(`https://pledgeboard.example.org/commitments/${key}/feed.xml`),
      { params: Promise.resolve({ slug: commitment!.key }) })).text();
    expect(feed).toContain(PUBLIC_NOTE);
    expect(feed).not.toContain(INTERNAL_NOTE);
  });

  it("in the public target history, which shows the public value reached and never the internal one", async () => {
    const commitment = await getPublicCommitment(key);
    const values = commitment!.targets.flatMap((target) => target.history.map((point) => point.value));
    expect(values).toContain(111);
    expect(values).not.toContain(999);
  });

  it("in the latest logged figure, which stays the public value after an internal entry logs another", async () => {
    const commitment = await getPublicCommitment(key);
    const target = commitment!.targets.find((candidate) => candidate.history.length > 0);
    expect(target?.currentValue).toBe(111);
  });

  it("for an archived commitment, whose entries and page disappear from every public read", async () => {
    const generation = await awaitDataGeneration(database.url);
    await database.prisma.commitment.update({ where: { key }, data: { archivedAt: new Date() } });
    // Public reads are cached under the generation PostgreSQL pushes at commit: read once it has moved.
    const archived = await awaitDataGeneration(database.url, generation);
    try {
      expect(await getPublicCommitment(key)).toBeNull();
      expect(notes((await listPublicUpdates({}, 1)).rows)).not.toContain(PUBLIC_NOTE);
      expect((await listPublicUpdates({ commitmentKey: key }, 1)).rows).toEqual([]);
    } finally {
      await database.prisma.commitment.update({ where: { key }, data: { archivedAt: null } });
      await awaitDataGeneration(database.url, archived);
    }
  });
});
