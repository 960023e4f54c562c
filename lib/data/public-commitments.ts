import "server-only";
import { db } from "../db/client";
import { fromDbDate, toDbDate, type CalendarDate } from "../domain/calendar-date";
import { presentCountries } from "../domain/country-roles";
import { withDeadlineHistory } from "../domain/deadline-moves";
import { FRAMEWORK_GROUP } from "../domain/framework-group";
import { isLocale, pickField, SOURCE_LOCALE, withLocalizedTitle, type Locale } from "../domain/localized-text";
import type { Prisma } from "../generated/prisma/client";
import { CommitmentStatus, type ContinuationKind } from "../generated/prisma/enums";
import { PAGE_SIZE, type TCommitmentFilters } from "../validation/commitment-filters";
import { COUNTED, commitmentOrderBy, commitmentWhere, PILLAR_TRANSLATIONS, pillarWhere } from "./commitment-query";
import { DEADLINE_HISTORY } from "./deadline-history";
import { frameworkFilterWhere, type FrameworkFilter } from "./framework-filter";
import { cachedPublicRead } from "./public-cache";

/**
 * What the public may read. Every query here names its columns: internal entries, staff emails and archived
 * commitments never leave this module, and an author is only ever their chosen display name.
 */
const PUBLIC: Prisma.CommitmentWhereInput = { archivedAt: null };
/**
 * A status change is always a public fact: an internal entry that changes the status is shown too, with its date and
 * the old and new status only (presentUpdate), so the public never sees a new status with nothing explaining it.
 */
const PUBLIC_UPDATE: Prisma.ProgressUpdateWhereInput = {
  OR: [{ visibility: "PUBLIC" }, { newStatus: { not: null } }],
  commitment: { archivedAt: null },
};

/**
 * A record's translations, every language (one row each, a handful at most): a page picks its reader's language
 * (lib/domain/localized-text.ts) and the JSON API gives them all.
 */
const TRANSLATED_TITLE = { translations: { select: { locale: true, title: true } } } satisfies Prisma.CommitmentSelect;
const TRANSLATED = { translations: { select: { locale: true, title: true, description: true } } } satisfies Prisma.CommitmentSelect;

const LIST_SELECT = {
  ...TRANSLATED,
  id: true, key: true, title: true, status: true, statusChangedAt: true, parentId: true, collectiveActor: true,
  isGroup: true,
  pillar: { select: { slug: true, shortName: true, ...PILLAR_TRANSLATIONS } },
  countries: { select: { role: true, country: { select: { code: true, name: true } } } },
  deadlines: { where: { kind: { not: "REFERENCE" } },
    select: { kind: true, label: true, date: true, precision: true, ...DEADLINE_HISTORY } },
  // Only goals with a number show progress (showsProgress): context and reported figures never do.
  targets: { where: { kind: "GOAL", value: { gt: 0 } }, orderBy: { key: "asc" },
    select: { label: true, value: true, unit: true, currentValue: true } },
} satisfies Prisma.CommitmentSelect;

type ListRow = Prisma.CommitmentGetPayload<{ select: typeof LIST_SELECT }>;

function presentRow(row: ListRow, locale: Locale) {
  return {
    ...withLocalizedTitle(row, locale),
    countries: presentCountries(row.countries),
    deadlines: row.deadlines.map(withDeadlineHistory),
    targets: row.targets.map((target) => ({ ...target, value: Number(target.value),
      currentValue: target.currentValue === null ? null : Number(target.currentValue) })),
  };
}
export type PublicListRow = ReturnType<typeof presentRow>;

async function loadListPublicCommitments(filters: TCommitmentFilters, today: CalendarDate, pageSize = PAGE_SIZE,
  locale: Locale = SOURCE_LOCALE) {
  const where: Prisma.CommitmentWhereInput = { AND: [PUBLIC, commitmentWhere(filters, today)] };
  const [total, counted, rows] = await Promise.all([
    db().commitment.count({ where }),
    db().commitment.count({ where: { AND: [where, COUNTED] } }),
    db().commitment.findMany({ where, orderBy: commitmentOrderBy(filters.sort), skip: (filters.page - 1) * pageSize,
      take: pageSize, select: LIST_SELECT }),
  ]);
  // total: records listed (what the pages are cut from); counted: commitments among them (groups left out).
  return { total, counted, pageCount: Math.max(1, Math.ceil(total / pageSize)), rows: rows.map((row) => presentRow(row, locale)) };
}

export type StatusCounts = Partial<Record<CommitmentStatus, number>>;

/**
 * Counts by status over the whole filtered set, and per pillar and per country (any role: lead, partner or host), for
 * the headline figures. Groups (a parent that only gathers its parts) are never counted: docs/data-model.md.
 */
async function loadSummarisePublicCommitments(filters: TCommitmentFilters, today: CalendarDate) {
  const where: Prisma.CommitmentWhereInput = { AND: [PUBLIC, COUNTED, commitmentWhere(filters, today)] };
  const [byStatus, byPillar, byCountry, pillars, countries] = await Promise.all([
    db().commitment.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db().commitment.groupBy({ by: ["pillarId", "status"], where, _count: { _all: true } }),
    countryStatusCounts(where),
    db().pillar.findMany({ orderBy: [{ frameworkId: "asc" }, { position: "asc" }],
      select: { id: true, slug: true, name: true, shortName: true, ...PILLAR_TRANSLATIONS } }),
    db().country.findMany({ select: { code: true, name: true } }),
  ]);
  const overall: StatusCounts = {};
  for (const row of byStatus) overall[row.status] = row._count._all;
  const perPillar = [...pillars, { id: null, slug: null, name: FRAMEWORK_GROUP.name, shortName: FRAMEWORK_GROUP.shortName }]
    .map((pillar) => {
      const counts: StatusCounts = {};
      for (const row of byPillar.filter((item) => item.pillarId === pillar.id)) counts[row.status] = row._count._all;
      return { ...pillar, counts };
    })
    .filter((pillar) => Object.keys(pillar.counts).length > 0);
  const perCountry = [...byCountry]
    .map(([code, counts]) => ({
      code,
      name: countries.find((country) => country.code === code)?.name ?? code,
      total: Object.values(counts).reduce((sum, count) => sum + count, 0),
      counts,
    }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return { overall, perPillar, perCountry };
}

/**
 * Each country's commitments by status (any role). Counted in PostgreSQL, one small aggregate per status: Prisma
 * cannot group a country's rows by their commitment's status, and reading every commitment with its countries to
 * count them here cost seconds at 10,000 commitments (their 10,000 ids sent back as one IN list).
 */
async function countryStatusCounts(where: Prisma.CommitmentWhereInput) {
  const perStatus = await Promise.all(Object.values(CommitmentStatus).map(async (status) => ({
    status,
    rows: await db().commitmentCountry.groupBy({ by: ["countryCode"], where: { commitment: { AND: [where, { status }] } },
      _count: { _all: true } }),
  })));
  const counts = new Map<string, StatusCounts>();
  for (const { status, rows } of perStatus) {
    for (const row of rows) counts.set(row.countryCode, { ...counts.get(row.countryCode), [status]: row._count._all });
  }
  return counts;
}

const UPDATE_SELECT = {
  id: true, createdAt: true, source: true, version: true, visibility: true, oldStatus: true, newStatus: true, statusReason: true,
  note: true, noteLang: true, evidenceUrls: true, valueReached: true,
  corrects: { select: { id: true, createdAt: true } },
  author: { select: { displayName: true } },
  target: { select: { label: true, unit: true } },
  commitment: { select: { key: true, title: true, ...TRANSLATED_TITLE } },
  deadlineChanges: { select: { oldDate: true, oldPrecision: true, newDate: true, newPrecision: true,
    deadline: { select: { label: true } } } },
} satisfies Prisma.ProgressUpdateSelect;

type UpdateRow = Prisma.ProgressUpdateGetPayload<{ select: typeof UPDATE_SELECT }>;

/** An internal entry as the public sees it: only that the status changed, when, from what to what. */
function statusFactOnly(update: UpdateRow): UpdateRow {
  return { ...update, author: null, statusReason: null, note: null, evidenceUrls: [], valueReached: null, corrects: null,
    target: null, deadlineChanges: [] };
}

/** noteLang: the language the note is in, for its lang mark on a page of the other language. */
function presentUpdate(row: UpdateRow, locale: Locale) {
  const { visibility, ...update } = row.visibility === "PUBLIC" ? row : statusFactOnly(row);
  return {
    ...update,
    commitment: withLocalizedTitle(update.commitment, locale),
    noteLang: isLocale(update.noteLang) ? update.noteLang : SOURCE_LOCALE,
    statusOnly: visibility !== "PUBLIC",
    author: update.author?.displayName ?? null,
    valueReached: update.valueReached?.toString() ?? null,
    deadlineChanges: update.deadlineChanges.map((change) => ({
      label: change.deadline.label,
      old: change.oldDate && change.oldPrecision ? { date: fromDbDate(change.oldDate), precision: change.oldPrecision } : null,
      new: { date: fromDbDate(change.newDate), precision: change.newPrecision },
    })),
  };
}
export type PublicUpdate = ReturnType<typeof presentUpdate>;

/** commitmentKeys: one commitment, or a commitment with the others of its chain across documents. */
export type UpdateScope = { commitmentKey?: string; commitmentKeys?: string[]; countryCode?: string; pillarSlug?: string } &
  FrameworkFilter;

function updateWhere(scope: UpdateScope): Prisma.ProgressUpdateWhereInput {
  return {
    AND: [
      PUBLIC_UPDATE,
      scope.commitmentKey ? { commitment: { key: scope.commitmentKey } } : {},
      scope.countryCode ? { commitment: { countries: { some: { countryCode: scope.countryCode } } } } : {},
      scope.pillarSlug ? { commitment: pillarWhere(scope.pillarSlug) } : {},
      scope.commitmentKeys ? { commitment: { key: { in: scope.commitmentKeys } } } : {},
      { commitment: frameworkFilterWhere(scope) },
    ],
  };
}

/**
 * Public history entries, newest first. No total is counted: the history only grows, and counting it would read the
 * whole table on every page; one row more than the page tells whether there is a next page.
 */
async function loadListPublicUpdates(scope: UpdateScope, page: number, pageSize = PAGE_SIZE,
  locale: Locale = SOURCE_LOCALE) {
  const rows = await db().progressUpdate.findMany({ where: updateWhere(scope), orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize, take: pageSize + 1, select: UPDATE_SELECT });
  return { hasNext: rows.length > pageSize, rows: rows.slice(0, pageSize).map((row) => presentUpdate(row, locale)) };
}

const CHAIN_LINK = { key: true, title: true, declaration: { select: { key: true, sourceTitle: true } } } as const;
type ChainRow = { key: string; title: string; declaration: { key: string; sourceTitle: string } };

/** The commitment it continues (unless archived) and those that continue it, each with the document it came from. */
function commitmentChain(commitment: { continuation: ContinuationKind | null; continues: (ChainRow & { archivedAt: Date | null }) | null;
  continuedBy: (ChainRow & { continuation: ContinuationKind | null })[] }) {
  const link = (row: ChainRow, kind: ContinuationKind) => ({ key: row.key, title: row.title, kind,
    documentKey: row.declaration.key, documentTitle: row.declaration.sourceTitle });
  const earlier = commitment.continues;
  return {
    continues: earlier && !earlier.archivedAt && commitment.continuation ? link(earlier, commitment.continuation) : null,
    continuedBy: commitment.continuedBy.flatMap((row) => (row.continuation ? [link(row, row.continuation)] : [])),
  };
}

/**
 * One commitment as the public sees it, or null when it does not exist or is archived. Its title and description
 * (and its parent's and children's titles) are in `locale` where a translation exists, each with its language
 * (titleLang, descriptionLang) for the lang mark; the source's words are always as published.
 */
async function loadGetPublicCommitment(key: string, locale: Locale = SOURCE_LOCALE) {
  const commitment = await db().commitment.findFirst({
    where: { key, ...PUBLIC },
    select: {
      id: true, key: true, title: true, description: true, sourceText: true, sourceSection: true, type: true,
      status: true, statusChangedAt: true, collectiveActor: true, lastUpdateAt: true, pillarNote: true, isGroup: true,
      ...TRANSLATED,
      declaration: { select: { key: true, sourceUrl: true, sourceTitle: true, publishedAt: true, sourcePublisher: true,
        sourceLang: true, meetingName: true, meetingDate: true, framework: { select: { key: true, name: true, shortName: true } } } },
      continuation: true,
      continues: { select: { ...CHAIN_LINK, archivedAt: true } },
      continuedBy: { where: PUBLIC, orderBy: [{ createdAt: "asc" }, { key: "asc" }], select: { ...CHAIN_LINK, continuation: true } },
      pillar: { select: { slug: true, name: true, ...PILLAR_TRANSLATIONS } },
      parent: { select: { key: true, title: true, archivedAt: true, ...TRANSLATED_TITLE } },
      children: { where: PUBLIC, orderBy: { position: "asc" }, select: { key: true, title: true, status: true, ...TRANSLATED_TITLE } },
      countries: { select: { role: true, country: { select: { code: true, name: true } } } },
      links: { orderBy: { position: "asc" }, select: { label: true, url: true } },
      deadlines: { orderBy: [{ dueOn: "asc" }, { key: "asc" }],
        select: { id: true, kind: true, label: true, date: true, precision: true, inferred: true, inferenceNote: true,
          ...DEADLINE_HISTORY } },
      targets: { orderBy: { key: "asc" }, select: { id: true, key: true, kind: true, label: true, qualifier: true, value: true,
        unit: true, asWritten: true, currentValue: true, currentValueAt: true,
        updates: { where: { visibility: "PUBLIC", valueReached: { not: null } }, orderBy: { createdAt: "asc" },
          select: { createdAt: true, valueReached: true } } } },
    },
  });
  if (!commitment) return null;
  const description = pickField(commitment.description, commitment.translations, "description", locale);
  const parent = commitment.parent && !commitment.parent.archivedAt ? withLocalizedTitle(commitment.parent, locale) : null;
  const { continuation, continues, continuedBy, ...row } = commitment;
  return {
    ...withLocalizedTitle(row, locale),
    description: description.text,
    descriptionLang: description.lang,
    parent: parent ? { key: parent.key, title: parent.title, titleLang: parent.titleLang } : null,
    children: commitment.children.map((child) => withLocalizedTitle(child, locale)),
    chain: commitmentChain({ continuation, continues, continuedBy }),
    countries: presentCountries(commitment.countries),
    deadlines: commitment.deadlines.map(withDeadlineHistory),
    targets: commitment.targets.map((target) => ({
      ...target,
      value: target.value === null ? null : Number(target.value),
      currentValue: target.currentValue === null ? null : Number(target.currentValue),
      history: target.updates.map((point) => ({ at: point.createdAt, value: Number(point.valueReached) })),
    })),
  };
}
export type PublicCommitment = NonNullable<Awaited<ReturnType<typeof getPublicCommitment>>>;

async function loadGetCountry(code: string) {
  return db().country.findUnique({ where: { code }, select: { code: true, name: true } });
}

async function loadGetPillar(slug: string) {
  if (slug === FRAMEWORK_GROUP.slug) return { id: null, ...FRAMEWORK_GROUP };
  return db().pillar.findUnique({ where: { slug },
    select: { id: true, slug: true, name: true, shortName: true, description: true, ...PILLAR_TRANSLATIONS } });
}

/** Deadlines of open public commitments: those passed without completion, and the next ones to fall due. */
async function loadListDeadlineWatch(today: CalendarDate, scope: Prisma.CommitmentWhereInput = {}, limit = 8,
  locale: Locale = SOURCE_LOCALE) {
  const todayDb = toDbDate(today);
  const base: Prisma.DeadlineWhereInput = {
    kind: { in: ["DEADLINE", "MILESTONE"] },
    commitment: { AND: [PUBLIC, scope, { status: { notIn: ["COMPLETED", "DISCONTINUED"] } }] },
  };
  const select = { id: true, label: true, date: true, precision: true, dueOn: true, ...DEADLINE_HISTORY,
    commitment: { select: { key: true, title: true, status: true, ...TRANSLATED_TITLE } } } satisfies Prisma.DeadlineSelect;
  const [passed, upcoming, passedTotal] = await Promise.all([
    db().deadline.findMany({ where: { ...base, dueOn: { lt: todayDb } }, orderBy: { dueOn: "asc" }, take: limit, select }),
    db().deadline.findMany({ where: { ...base, dueOn: { gte: todayDb } }, orderBy: { dueOn: "asc" }, take: limit, select }),
    db().deadline.count({ where: { ...base, dueOn: { lt: todayDb } } }),
  ]);
  const present = (rows: typeof passed) => rows.map((row) => ({ ...withDeadlineHistory(row), dueOn: fromDbDate(row.dueOn),
    commitment: withLocalizedTitle(row.commitment, locale) }));
  return { passed: present(passed), upcoming: present(upcoming), passedTotal };
}

export const listPublicCommitments = cachedPublicRead("listPublicCommitments", loadListPublicCommitments);
export const summarisePublicCommitments = cachedPublicRead("summarisePublicCommitments", loadSummarisePublicCommitments);
export const listPublicUpdates = cachedPublicRead("listPublicUpdates", loadListPublicUpdates);
export const getPublicCommitment = cachedPublicRead("getPublicCommitment", loadGetPublicCommitment);
export const getCountry = cachedPublicRead("getCountry", loadGetCountry);
export const getPillar = cachedPublicRead("getPillar", loadGetPillar);
export const listDeadlineWatch = cachedPublicRead("listDeadlineWatch", loadListDeadlineWatch);
