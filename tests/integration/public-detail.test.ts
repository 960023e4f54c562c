import { beforeAll, describe, expect, it } from "vitest";
import { fromDbDate } from "@/lib/domain/calendar-date";
import { getPillar, getPublicCommitment, listDeadlineWatch, listPublicCommitments } from "@/lib/data/public-commitments";
import { FRAMEWORK_GROUP } from "@/lib/domain/framework-group";
import { NO_FILTERS } from "@/lib/validation/commitment-filters";
import { awaitDataGeneration } from "../support/data-generation";
import { useTestDatabase } from "../support/test-database";

/** A pillar's translation as the reads select it. */
const TRANSLATION_FIELDS = { locale: true, name: true, shortName: true, description: true } as const;

/**
 * What a commitment's public page and the lists get from the data layer, field by field, against the rows the seed
 * stored: a field left out of a read, or read in another order, shows on the page as a blank or a jumbled list.
 */
const database = useTestDatabase();
const TODAY = "2026-12-01";

let key = "";

/** Public reads are cached under the generation PostgreSQL pushes at commit: read again once it has moved. */
async function setArchived(id: string, archivedAt: Date | null) {
  const before = await awaitDataGeneration(database.url);
  await database.prisma.commitment.update({ where: { id }, data: { archivedAt } });
  await awaitDataGeneration(database.url, before);
}

beforeAll(async () => {
  // The richest public commitment of the seed: links, several deadlines and targets.
  const rows = await database.prisma.commitment.findMany({
    where: { archivedAt: null, links: { some: {} }, targets: { some: {} }, deadlines: { some: {} } },
    select: { key: true, _count: { select: { deadlines: true, targets: true, links: true } } },
  });
  rows.sort((a, b) => (b._count.deadlines + b._count.targets + b._count.links) - (a._count.deadlines + a._count.targets +
    a._count.links) || a.key.localeCompare(b.key));
  key = rows[0]!.key;
});

describe("a commitment's public page", () => {
  it("gets every field it shows, each as stored", async () => {
    const stored = await database.prisma.commitment.findUniqueOrThrow({ where: { key }, include: { declaration: { include: { framework: true } },
      pillar: { include: { translations: { select: TRANSLATION_FIELDS } } } } });
    const shown = (await getPublicCommitment(key))!;
    // Fields added later (translations, languages) may join; none of these may go.
    expect(Object.keys(shown)).toEqual(expect.arrayContaining(["chain", "children", "collectiveActor", "countries", "deadlines", "declaration",
      "description", "id", "isGroup", "key", "lastUpdateAt", "links", "parent", "pillar", "pillarNote", "sourceSection",
      "sourceText", "status", "statusChangedAt", "targets", "title", "type"]));
    expect(shown).toMatchObject({ id: stored.id, key, title: stored.title, description: stored.description,
      sourceText: stored.sourceText, sourceSection: stored.sourceSection, type: stored.type, status: stored.status,
      statusChangedAt: stored.statusChangedAt, collectiveActor: stored.collectiveActor, lastUpdateAt: stored.lastUpdateAt,
      pillarNote: stored.pillarNote, isGroup: stored.isGroup });
    const d = stored.declaration;
    expect(shown.declaration).toMatchObject({ key: d.key, sourceUrl: d.sourceUrl, sourceLang: d.sourceLang,
      sourceTitle: d.sourceTitle, publishedAt: d.publishedAt, sourcePublisher: d.sourcePublisher, meetingName: d.meetingName,
      meetingDate: d.meetingDate, framework: { key: d.framework.key, name: d.framework.name, shortName: d.framework.shortName } });
    expect(shown.pillar).toEqual(stored.pillar ? { slug: stored.pillar.slug, name: stored.pillar.name,
      translations: stored.pillar.translations } : null);
  });

  it("lists links in their order, deadlines by due day, targets by key, each with its fields", async () => {
    const stored = await database.prisma.commitment.findUniqueOrThrow({ where: { key }, include: {
      links: { orderBy: { position: "asc" } }, deadlines: true, targets: { orderBy: { key: "asc" } } } });
    const shown = (await getPublicCommitment(key))!;
    expect(shown.links).toEqual(stored.links.map((link) => ({ label: link.label, url: link.url })));
    const byDue = [...stored.deadlines].sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.key.localeCompare(b.key));
    expect(shown.deadlines).toEqual(byDue.map((deadline) => ({ id: deadline.id, kind: deadline.kind, label: deadline.label,
      date: fromDbDate(deadline.date), precision: deadline.precision, inferred: deadline.inferred,
      inferenceNote: deadline.inferenceNote, original: { date: fromDbDate(deadline.originalDate),
        precision: deadline.originalPrecision }, moves: deadline.moveCount })));
    expect(shown.targets.map((target) => ({ ...target, history: undefined }))).toEqual(stored.targets.map((target) => ({
      id: target.id, key: target.key, kind: target.kind, label: target.label, qualifier: target.qualifier,
      value: target.value === null ? null : Number(target.value), unit: target.unit, asWritten: target.asWritten,
      currentValue: target.currentValue === null ? null : Number(target.currentValue), currentValueAt: target.currentValueAt,
      updates: expect.any(Array), history: undefined })));
  });

  it("names a parent and lists its public sub-commitments in their order, leaving archived ones out", async () => {
    const parent = await database.prisma.commitment.findFirstOrThrow({
      where: { archivedAt: null, children: { some: { archivedAt: null } } }, orderBy: { key: "asc" },
      include: { children: { orderBy: { position: "asc" } } } });
    const [first, ...others] = parent.children;
    const shownParent = (await getPublicCommitment(parent.key))!;
    expect(shownParent.children).toEqual(parent.children.filter((child) => child.archivedAt === null)
      .map((child) => expect.objectContaining({ key: child.key, title: child.title, status: child.status })));
    expect((await getPublicCommitment(first!.key))!.parent).toMatchObject({ key: parent.key, title: parent.title });

    await setArchived(first!.id, new Date());
    try {
      expect((await getPublicCommitment(parent.key))!.children.map((child) => child.key))
        .toEqual(others.filter((child) => child.archivedAt === null).map((child) => child.key));
      expect(await getPublicCommitment(first!.key)).toBeNull();
    } finally {
      await setArchived(first!.id, null);
    }
    // A parent archived since is not named on its sub-commitment's page.
    await setArchived(parent.id, new Date());
    try {
      expect((await getPublicCommitment(first!.key))!.parent).toBeNull();
    } finally {
      await setArchived(parent.id, null);
    }
  });

  it("answers null for a key no commitment has", async () => {
    expect(await getPublicCommitment("no-such-commitment")).toBeNull();
  });
});

describe("the public list", () => {
  it("cuts pages of the size asked for, counting all the records and the commitments among them", async () => {
    const all = await database.prisma.commitment.count({ where: { archivedAt: null } });
    const groups = await database.prisma.commitment.count({ where: { archivedAt: null, isGroup: true } });
    const first = await listPublicCommitments({ ...NO_FILTERS, page: 1, sort: "title" }, TODAY, 5);
    expect(first).toMatchObject({ total: all, counted: all - groups, pageCount: Math.ceil(all / 5) });
    expect(first.rows).toHaveLength(5);
    const titles = (await database.prisma.commitment.findMany({ where: { archivedAt: null },
      orderBy: [{ title: "asc" }, { id: "asc" }], select: { key: true } })).map((row) => row.key);
    const second = await listPublicCommitments({ ...NO_FILTERS, page: 2, sort: "title" }, TODAY, 5);
    expect([...first.rows, ...second.rows].map((row) => row.key)).toEqual(titles.slice(0, 10));
    const last = await listPublicCommitments({ ...NO_FILTERS, page: Math.ceil(all / 5), sort: "title" }, TODAY, 5);
    expect(last.rows.map((row) => row.key)).toEqual(titles.slice((Math.ceil(all / 5) - 1) * 5));
  });

  it("gives each row what the list shows: countries, deadlines other than references, and goals with a number", async () => {
    const { rows } = await listPublicCommitments(NO_FILTERS, TODAY, 500);
    const row = rows.find((item) => item.key === key)!;
    expect(Object.keys(row)).toEqual(expect.arrayContaining(["collectiveActor", "countries", "deadlines", "id", "isGroup",
      "key", "parentId", "pillar", "status", "statusChangedAt", "targets", "title"]));
    const stored = await database.prisma.commitment.findUniqueOrThrow({ where: { key }, include: { deadlines: true,
      targets: { where: { kind: "GOAL", value: { gt: 0 } }, orderBy: { key: "asc" } },
      pillar: { include: { translations: { select: TRANSLATION_FIELDS } } } } });
    expect(row.pillar).toEqual(stored.pillar ? { slug: stored.pillar.slug, shortName: stored.pillar.shortName,
      translations: stored.pillar.translations } : null);
    expect(row.deadlines.map((deadline) => deadline.label).sort())
      .toEqual(stored.deadlines.filter((deadline) => deadline.kind !== "REFERENCE").map((deadline) => deadline.label).sort());
    expect(row.targets).toEqual(stored.targets.map((target) => ({ label: target.label, value: Number(target.value),
      unit: target.unit, currentValue: target.currentValue === null ? null : Number(target.currentValue) })));
  });
});

describe("the framework-wide group", () => {
  it("is a pillar of its own name, with no id, and a real pillar is read by its slug", async () => {
    expect(await getPillar(FRAMEWORK_GROUP.slug)).toEqual({ id: null, ...FRAMEWORK_GROUP });
    const pillar = await database.prisma.pillar.findFirstOrThrow({ orderBy: { slug: "asc" },
      include: { translations: { select: TRANSLATION_FIELDS } } });
    expect(pillar.translations).toHaveLength(1);
    expect(await getPillar(pillar.slug)).toEqual({ id: pillar.id, slug: pillar.slug, name: pillar.name,
      shortName: pillar.shortName, description: pillar.description, translations: pillar.translations });
  });
});

describe("the deadline watch", () => {
  it("lists passed and upcoming deadlines of open public commitments earliest first, up to the limit, with the total passed", async () => {
    const open = { archivedAt: null, status: { notIn: ["COMPLETED" as const, "DISCONTINUED" as const] } };
    const due = await database.prisma.deadline.findMany({ where: { kind: { in: ["DEADLINE", "MILESTONE"] }, commitment: open },
      orderBy: [{ dueOn: "asc" }], select: { dueOn: true, commitment: { select: { key: true } } } });
    const today = new Date(`${TODAY}T00:00:00Z`);
    const watch = await listDeadlineWatch(TODAY, {}, 3);
    const passed = due.filter((deadline) => deadline.dueOn < today);
    expect(watch.passedTotal).toBe(passed.length);
    expect(watch.passed.map((deadline) => deadline.dueOn)).toEqual(passed.slice(0, 3).map((deadline) => fromDbDate(deadline.dueOn)));
    const upcoming = due.filter((deadline) => deadline.dueOn >= today);
    expect(watch.upcoming.map((deadline) => deadline.dueOn)).toEqual(upcoming.slice(0, 3).map((deadline) => fromDbDate(deadline.dueOn)));
    expect(Object.keys(watch.passed[0]!).sort()).toEqual(["commitment", "date", "dueOn", "id", "label", "moves", "original",
      "precision"]);
    expect(Object.keys(watch.passed[0]!.commitment)).toEqual(expect.arrayContaining(["key", "status", "title"]));
  });
});
