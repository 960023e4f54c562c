import "server-only";
import { db } from "../db/client";
import { fromDbDate, type CalendarDate } from "../domain/calendar-date";
import { commitmentFactCells } from "../domain/commitment-csv-facts";
import { columnsFor, COMMITMENT_COLUMNS, UPDATE_COLUMNS, type Audience } from "../domain/csv-columns";
import { encodeCsvRow, UTF8_BOM, type CsvValue } from "../domain/csv-encode";
import { formatPreciseDate, periodEnd } from "../domain/date-precision";
import { describeDeadlineChange } from "../domain/deadline-change";
import { nextDeadline } from "../domain/next-deadline";
import { updateAuthor } from "../domain/update-summary";
import type { Prisma } from "../generated/prisma/client";
import type { TCommitmentFilters } from "../validation/commitment-filters";
import { COMMITMENT_CSV_SELECT, commitmentFacts, deadlineFacts, type CommitmentCsvRow } from "./commitment-csv-rows";
import { commitmentOrderBy, commitmentWhere } from "./commitment-query";

/**
 * Rows are read in batches, each starting after the last row of the one before (keyset pagination on a unique
 * order: Prisma's cursor), so memory stays flat whatever the size and the first bytes leave at once.
 */
const BATCH = 2_000;

function commitmentCells(row: CommitmentCsvRow, today: CalendarDate, origin: string): Record<string, CsvValue> {
  const deadline = nextDeadline(deadlineFacts(row), today);
  const target = row.targets[0];
  return {
    ...commitmentFactCells(commitmentFacts(row), deadline),
    status_changed_at: row.statusChangedAt.toISOString(),
    deadline_as_written: deadline ? formatPreciseDate(deadline) : null,
    deadline_due_on: deadline ? periodEnd(deadline.date, deadline.precision) : null,
    target_value: target?.value.toString() ?? null,
    target_unit: target?.unit ?? null,
    target_qualifier: target?.qualifier.toLowerCase() ?? null,
    target_current_value: target?.currentValue?.toString() ?? null,
    last_update_at: row.lastUpdateAt?.toISOString() ?? null,
    url: `${origin}/commitments/${row.key}`,
    archived_at: row.archivedAt?.toISOString() ?? null,
  };
}

/** commitments.csv: the header, then the commitments the filters select; archived ones only for staff. */
export async function* commitmentCsv(filters: TCommitmentFilters, today: CalendarDate, audience: Audience, origin: string) {
  const columns = columnsFor(COMMITMENT_COLUMNS, audience);
  yield UTF8_BOM + encodeCsvRow(columns.map((column) => column.name));
  const where: Prisma.CommitmentWhereInput = {
    AND: [commitmentWhere(filters, today), audience === "public" ? { archivedAt: null } : {}],
  };
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().commitment.findMany({
      where, orderBy: commitmentOrderBy(filters.sort), take: BATCH, select: COMMITMENT_CSV_SELECT,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return;
    yield rows.map((row) => {
      const cells = commitmentCells(row, today, origin);
      return encodeCsvRow(columns.map((column) => cells[column.name]));
    }).join("");
    cursor = rows.at(-1)?.id;
  }
}

const UPDATE_SELECT = {
  id: true, createdAt: true, source: true, visibility: true, oldStatus: true, newStatus: true, statusReason: true,
  note: true, evidenceUrls: true, valueReached: true, correctsId: true,
  commitment: { select: { key: true } },
  author: { select: { displayName: true, email: true } },
  deadlineChanges: { select: { oldDate: true, oldPrecision: true, newDate: true, newPrecision: true,
    deadline: { select: { label: true } } } },
} satisfies Prisma.ProgressUpdateSelect;

/**
 * updates.csv: the header, then the history entries of the commitments the filters select (public entries of
 * unarchived commitments only, for the public). Ordered by id, the primary key: a keyset on any other order would
 * sort the whole table again for every batch, as no index covers it. The app makes ids in time order (cuid).
 */
export async function* updateCsv(filters: TCommitmentFilters, today: CalendarDate, audience: Audience) {
  const columns = columnsFor(UPDATE_COLUMNS, audience);
  yield UTF8_BOM + encodeCsvRow(columns.map((column) => column.name));
  const where: Prisma.ProgressUpdateWhereInput = audience === "public"
    ? { visibility: "PUBLIC", commitment: { AND: [commitmentWhere(filters, today), { archivedAt: null }] } }
    : { commitment: commitmentWhere(filters, today) };
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().progressUpdate.findMany({
      where, orderBy: { id: "asc" }, take: BATCH, select: UPDATE_SELECT,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return;
    yield rows.map((row) => {
      const cells: Record<string, string | null> = {
        update_id: row.id, commitment_key: row.commitment.key, created_at: row.createdAt.toISOString(),
        author: updateAuthor({ author: row.author?.displayName ?? null, source: row.source }),
        old_status: row.oldStatus?.toLowerCase() ?? null, new_status: row.newStatus?.toLowerCase() ?? null,
        status_reason: row.statusReason, note: row.note, evidence_urls: row.evidenceUrls.join(";"),
        deadline_changes: row.deadlineChanges.map((change) => `${change.deadline.label}: ${describeDeadlineChange(
          change.oldDate && change.oldPrecision ? { date: fromDbDate(change.oldDate), precision: change.oldPrecision } : null,
          { date: fromDbDate(change.newDate), precision: change.newPrecision })}`).join(";"),
        value_reached: row.valueReached?.toString() ?? null, corrects_update_id: row.correctsId,
        visibility: row.visibility.toLowerCase(), author_email: row.author?.email ?? null,
      };
      return encodeCsvRow(columns.map((column) => cells[column.name]));
    }).join("");
    cursor = rows.at(-1)?.id;
  }
}

/** A streamed download named after the day, e.g. commitments-2026-11-28.csv. */
export function csvResponse(name: string, today: CalendarDate, lines: AsyncGenerator<string>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}-${today}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
