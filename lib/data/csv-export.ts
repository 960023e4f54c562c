import "server-only";
import { db } from "../db/client";
import { fromDbDate, type CalendarDate } from "../domain/calendar-date";
import { columnsFor, COMMITMENT_COLUMNS, UPDATE_COLUMNS } from "../domain/csv-columns";
import { encodeCsvRow, UTF8_BOM } from "../domain/csv-encode";
import { formatPreciseDate, periodEnd } from "../domain/date-precision";
import { describeDeadlineChange } from "../domain/deadline-change";
import { nextDeadline } from "../domain/next-deadline";
import { updateAuthor } from "../domain/update-summary";
import type { Prisma } from "../generated/prisma/client";
import type { TCommitmentFilters } from "../validation/commitment-filters";
import { commitmentOrderBy, commitmentWhere } from "./commitment-query";

export type Audience = "public" | "staff";

/**
 * Rows are read in batches, each starting after the last row of the one before (keyset pagination on a unique
 * order), so memory stays flat whatever the size and the first bytes leave at once.
 */
const BATCH = 2_000;

const COMMITMENT_SELECT = {
  id: true, key: true, version: true, title: true, description: true, sourceText: true, sourceSection: true,
  type: true, status: true, statusChangedAt: true, collectiveActor: true, lastUpdateAt: true, archivedAt: true,
  parent: { select: { key: true } },
  declaration: { select: { key: true } },
  pillar: { select: { slug: true } },
  countries: { select: { countryCode: true, role: true } },
  deadlines: { select: { kind: true, label: true, date: true, precision: true } },
  targets: { orderBy: { key: "asc" }, take: 1, select: { value: true, unit: true, qualifier: true, currentValue: true } },
} satisfies Prisma.CommitmentSelect;

type CommitmentRow = Prisma.CommitmentGetPayload<{ select: typeof COMMITMENT_SELECT }>;

function commitmentCells(row: CommitmentRow, today: CalendarDate, origin: string): Record<string, string | number | null> {
  const countries = [...row.countries].sort((a, b) => (a.role === b.role ? a.countryCode.localeCompare(b.countryCode) : a.role === "LEAD" ? -1 : 1));
  const deadline = nextDeadline(row.deadlines.map((item) => ({ ...item, date: fromDbDate(item.date) })), today);
  const target = row.targets[0];
  return {
    key: row.key, version: row.version, parent_key: row.parent?.key ?? null, declaration: row.declaration.key,
    pillar: row.pillar?.slug ?? null, title: row.title, description: row.description, source_text: row.sourceText,
    source_section: row.sourceSection, type: row.type.toLowerCase(), status: row.status.toLowerCase(),
    status_changed_at: row.statusChangedAt.toISOString(),
    lead_country: countries.find((country) => country.role === "LEAD")?.countryCode ?? null,
    countries: countries.map((country) => country.countryCode).join(";"),
    collective_actor: row.collectiveActor,
    deadline_label: deadline?.label ?? null,
    deadline_date: deadline?.date ?? null,
    deadline_precision: deadline?.precision.toLowerCase() ?? null,
    deadline_as_written: deadline ? formatPreciseDate(deadline) : null,
    deadline_due_on: deadline ? periodEnd(deadline.date, deadline.precision) : null,
    target_value: target ? target.value.toString() : null,
    target_unit: target?.unit ?? null,
    target_qualifier: target?.qualifier.toLowerCase() ?? null,
    target_current_value: target?.currentValue?.toString() ?? null,
    last_update_at: row.lastUpdateAt?.toISOString() ?? null,
    url: `${origin}/commitments/${row.key}`,
    archived_at: row.archivedAt?.toISOString() ?? null,
  };
}

export async function* commitmentCsv(filters: TCommitmentFilters, today: CalendarDate, audience: Audience, origin: string) {
  const columns = columnsFor(COMMITMENT_COLUMNS, audience);
  yield UTF8_BOM + encodeCsvRow(columns.map((column) => column.name));
  const where: Prisma.CommitmentWhereInput = {
    AND: [commitmentWhere(filters, today), audience === "public" ? { archivedAt: null } : {}],
  };
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().commitment.findMany({
      where, orderBy: commitmentOrderBy(filters.sort), take: BATCH, select: COMMITMENT_SELECT,
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

export async function* updateCsv(filters: TCommitmentFilters, today: CalendarDate, audience: Audience) {
  const columns = columnsFor(UPDATE_COLUMNS, audience);
  yield UTF8_BOM + encodeCsvRow(columns.map((column) => column.name));
  const where: Prisma.ProgressUpdateWhereInput = audience === "public"
    ? { visibility: "PUBLIC", commitment: { AND: [commitmentWhere(filters, today), { archivedAt: null }] } }
    : { commitment: commitmentWhere(filters, today) };
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().progressUpdate.findMany({
      where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: BATCH, select: UPDATE_SELECT,
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
