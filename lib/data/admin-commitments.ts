import "server-only";
import { db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { CommitmentStatus, CountryRole, DatePrecision, DeadlineKind } from "../generated/prisma/enums";
import { fromDbDate, type CalendarDate } from "../domain/calendar-date";
import { PAGE_SIZE, type TCommitmentFilters } from "../validation/commitment-filters";
import { commitmentOrderBy, commitmentWhere } from "./commitment-query";

/** A row of the staff list as ADMIN_LIST_ROWS returns it. */
type AdminListRow = {
  id: string; key: string; title: string; status: CommitmentStatus; version: number; archivedAt: Date | null;
  lastUpdateAt: Date | null; parentId: string | null; pillar: { shortName: string } | null;
  countries: { countryCode: string; role: CountryRole }[];
  deadlines: { kind: DeadlineKind; date: CalendarDate; precision: DatePrecision; label: string }[];
};

/**
 * The listed commitments ($1: their ids in the list's order) with their pillar, countries and deadlines, in one
 * query: read through Prisma's relations they cost three more round trips after the page's ids, most of the list's
 * time (Prisma's query log: five queries, each about as long as the whole list's data in one query).
 */
const adminListRows = (ids: string[]) => Prisma.sql`SELECT c.id, c.key, c.title, c.status::text AS status, c.version,
    c.archived_at AS "archivedAt", c.last_update_at AS "lastUpdateAt", c.parent_id AS "parentId",
    (SELECT json_build_object('shortName', p.short_name) FROM pillar p WHERE p.id = c.pillar_id) AS pillar,
    coalesce((SELECT json_agg(json_build_object('countryCode', cc.country_code, 'role', cc.role) ORDER BY cc.role)
      FROM commitment_country cc WHERE cc.commitment_id = c.id), '[]') AS countries,
    coalesce((SELECT json_agg(json_build_object('kind', d.kind, 'date', d.date, 'precision', d.precision,
        'label', d.label)) FROM deadline d WHERE d.commitment_id = c.id AND d.kind <> 'REFERENCE'), '[]') AS deadlines
  FROM unnest(${ids}::text[]) WITH ORDINALITY AS chosen(id, place)
  JOIN commitment c ON c.id = chosen.id
  ORDER BY chosen.place`;

/** One page of the staff list: archived commitments included, and marked. */
export async function listAdminCommitments(filters: TCommitmentFilters, today: CalendarDate) {
  const where = commitmentWhere(filters, today);
  // The pages' own filters and order (commitment-query.ts) choose the ids; one query then reads what the list shows.
  const [total, chosen] = await Promise.all([
    db().commitment.count({ where }),
    db().commitment.findMany({
      where,
      orderBy: commitmentOrderBy(filters.sort),
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true },
    }),
  ]);
  const rows = chosen.length === 0 ? [] : await db().$queryRaw<AdminListRow[]>(adminListRows(chosen.map((row) => row.id)));
  return { total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows };
}

/** Everything staff see of one commitment, history included (public and internal entries). */
export async function getAdminCommitment(key: string) {
  const commitment = await db().commitment.findUnique({
    where: { key },
    select: {
      id: true, key: true, title: true, description: true, sourceText: true, sourceSection: true, type: true,
      status: true, statusChangedAt: true, version: true, archivedAt: true, collectiveActor: true, pillarId: true,
      declaration: { select: { sourceUrl: true, sourceTitle: true } },
      pillar: { select: { name: true, slug: true } },
      parent: { select: { key: true, title: true } },
      children: { select: { key: true, title: true, status: true }, orderBy: { position: "asc" } },
      countries: { select: { role: true, country: { select: { code: true, name: true } } } },
      links: { select: { label: true, url: true }, orderBy: { position: "asc" } },
      deadlines: { select: { id: true, key: true, kind: true, label: true, date: true, precision: true },
        orderBy: [{ dueOn: "asc" }, { key: "asc" }] },
      targets: { select: { id: true, key: true, kind: true, label: true, qualifier: true, value: true, unit: true,
        currentValue: true, currentValueAt: true }, orderBy: { key: "asc" } },
      updates: {
        orderBy: [{ createdAt: "desc" }, { version: "desc" }],
        select: {
          id: true, createdAt: true, source: true, visibility: true, version: true, oldStatus: true, newStatus: true,
          statusReason: true, note: true, evidenceUrls: true, valueReached: true,
          corrects: { select: { id: true, createdAt: true } },
          author: { select: { displayName: true } },
          target: { select: { label: true, unit: true } },
          deadlineChanges: { select: { oldDate: true, oldPrecision: true, newDate: true, newPrecision: true,
            deadline: { select: { label: true } } } },
        },
      },
    },
  });
  if (!commitment) return null;
  return {
    ...commitment,
    deadlines: commitment.deadlines.map((deadline) => ({ ...deadline, date: fromDbDate(deadline.date) })),
    targets: commitment.targets.map((target) => ({
      ...target,
      value: target.value.toString(),
      currentValue: target.currentValue?.toString() ?? null,
    })),
    updates: commitment.updates.map((update) => ({
      ...update,
      valueReached: update.valueReached?.toString() ?? null,
      deadlineChanges: update.deadlineChanges.map((change) => ({
        label: change.deadline.label,
        old: change.oldDate && change.oldPrecision ? { date: fromDbDate(change.oldDate), precision: change.oldPrecision } : null,
        new: { date: fromDbDate(change.newDate), precision: change.newPrecision },
      })),
    })),
  };
}

export type AdminCommitment = NonNullable<Awaited<ReturnType<typeof getAdminCommitment>>>;
