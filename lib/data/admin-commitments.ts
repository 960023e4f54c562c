import "server-only";
import { db } from "../db/client";
import { fromDbDate, type CalendarDate } from "../domain/calendar-date";
import { withDeadlineHistory } from "../domain/deadline-moves";
import { PAGE_SIZE, type TCommitmentFilters } from "../validation/commitment-filters";
import { commitmentOrderBy, commitmentWhere, PILLAR_TRANSLATIONS } from "./commitment-query";
import { DEADLINE_HISTORY } from "./deadline-history";

/**
 * One page of the staff list: archived commitments included, and marked. The page's ids are found first, from the
 * indexes alone (commitment (status, declaration_id, position, id), commitment_country (country_code, commitment_id)),
 * and only those rows are then read: asked for whole in one query, PostgreSQL read the row of every commitment with
 * the status (1,436 pages for 50 rows at 10,000 commitments, EXPLAIN ANALYZE BUFFERS) before keeping the country's.
 */
export async function listAdminCommitments(filters: TCommitmentFilters, today: CalendarDate) {
  const where = commitmentWhere(filters, today);
  const [total, page] = await Promise.all([
    db().commitment.count({ where }),
    db().commitment.findMany({ where, orderBy: commitmentOrderBy(filters.sort), skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE, select: { id: true } }),
  ]);
  const ids = page.map((row) => row.id);
  const rows = await db().commitment.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, key: true, title: true, status: true, version: true, archivedAt: true, lastUpdateAt: true,
      parentId: true,
      pillar: { select: { slug: true, name: true, shortName: true, ...PILLAR_TRANSLATIONS } },
      countries: { select: { countryCode: true, role: true }, orderBy: { role: "asc" } },
      deadlines: { where: { kind: { not: "REFERENCE" } }, select: { kind: true, date: true, precision: true,
        label: true, ...DEADLINE_HISTORY } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    // A row deleted between the two reads is left out rather than shown half.
    rows: ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ ...row, deadlines: row.deadlines.map(withDeadlineHistory) }] : [];
    }),
  };
}

/** Everything staff see of one commitment, history included (public and internal entries). */
export async function getAdminCommitment(key: string) {
  const commitment = await db().commitment.findUnique({
    where: { key },
    select: {
      id: true, key: true, title: true, description: true, sourceText: true, sourceSection: true, type: true,
      status: true, statusChangedAt: true, version: true, archivedAt: true, collectiveActor: true, pillarId: true,
      pillarNote: true, isGroup: true,
      translations: { where: { locale: "es" }, select: { title: true, description: true } },
      declaration: { select: { sourceUrl: true, sourceTitle: true } },
      pillar: { select: { name: true, slug: true, ...PILLAR_TRANSLATIONS } },
      parent: { select: { key: true, title: true } },
      continuation: true,
      continues: { select: { key: true, title: true } },
      children: { select: { key: true, title: true, status: true }, orderBy: { position: "asc" } },
      countries: { select: { role: true, country: { select: { code: true, name: true } } } },
      links: { select: { label: true, url: true }, orderBy: { position: "asc" } },
      deadlines: { select: { id: true, key: true, kind: true, label: true, date: true, precision: true, inferred: true,
        inferenceNote: true, ...DEADLINE_HISTORY },
        orderBy: [{ dueOn: "asc" }, { key: "asc" }] },
      targets: { select: { id: true, key: true, kind: true, label: true, qualifier: true, value: true, unit: true,
        asWritten: true, currentValue: true, currentValueAt: true }, orderBy: { key: "asc" } },
      updates: {
        orderBy: [{ createdAt: "desc" }, { version: "desc" }],
        select: {
          id: true, createdAt: true, source: true, visibility: true, version: true, oldStatus: true, newStatus: true,
          statusReason: true, note: true, noteLang: true, evidenceUrls: true, valueReached: true,
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
    deadlines: commitment.deadlines.map(withDeadlineHistory),
    targets: commitment.targets.map((target) => ({
      ...target,
      value: target.value?.toString() ?? null,
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
