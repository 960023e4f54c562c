import "server-only";
import { db } from "../db/client";
import type { CalendarDate } from "../domain/calendar-date";
import { commitmentFactCells, type CommitmentFacts, type DeadlineFacts } from "../domain/commitment-csv-facts";
import { columnsFor, COMMITMENT_COLUMNS, UPDATE_COLUMNS, type Audience } from "../domain/csv-columns";
import { encodeCsvRow, UTF8_BOM, type CsvValue } from "../domain/csv-encode";
import { formatPreciseDate, periodEnd } from "../domain/date-precision";
import { describeDeadlineChange } from "../domain/deadline-change";
import { formatTarget } from "../domain/target-text";
import { nextDeadline } from "../domain/next-deadline";
import { updateAuthor } from "../domain/update-summary";
import { readSnapshot } from "../db/read-snapshot";
import type { Prisma } from "../generated/prisma/client";
import type {
  CommitmentStatus, DatePrecision, TargetKind, TargetQualifier, UpdateSource, UpdateVisibility,
} from "../generated/prisma/enums";
import type { TCommitmentFilters } from "../validation/commitment-filters";
import { commitmentOrderBy, commitmentWhere } from "./commitment-query";

/** Rows a cursor hands over at a time: memory holds one batch, whatever the size of the file. */
const BATCH = 2_000;
/** A stored instant (UTC, without zone in the column) as the files write it: 2026-11-28T15:04:09.000Z. */
const UTC_ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** A file: the header, then every batch of the query's rows turned into cells and encoded as it comes. */
async function* csvFile<Row>(columns: readonly { name: string }[], query: { sql: string; params: unknown[] },
  cellsOf: (row: Row) => Record<string, CsvValue>) {
  yield UTF8_BOM + encodeCsvRow(columns.map((column) => column.name));
  for await (const rows of readSnapshot<Row>(query.sql, query.params, BATCH)) {
    yield rows.map((row) => {
      const cells = cellsOf(row);
      return encodeCsvRow(columns.map((column) => cells[column.name]));
    }).join("");
  }
}

/** A commitment as COMMITMENT_ROWS returns it: times as ISO text, the first target's numbers as Prisma writes them. */
type CommitmentRow = Omit<CommitmentFacts, "parentKey" | "sourceText" | "sourceSection" | "leadCountry" | "collectiveActor"> & {
  parent_key: string | null; source_text: string; source_section: string; lead_country: string | null;
  collective_actor: string | null; status_changed_at: string; last_update_at: string | null; archived_at: string | null;
  is_group: boolean; country_roles: string[]; title_es: string | null; description_es: string | null;
  deadlines: (DeadlineFacts & { original_date: CalendarDate; original_precision: DatePrecision; move_count: number })[];
  target: { kind: TargetKind; value: string | null; unit: string; qualifier: TargetQualifier; as_written: string | null;
    current_value: string | null } | null;
};

/**
 * The chosen commitments ($1: ids in the order of the file) with everything commitments.csv says of them, as one
 * query read through a cursor. Prisma chooses and orders the ids with the pages' own filters (commitment-query.ts);
 * building objects for six relations per row was most of the export's time when Prisma read them as well.
 */
const COMMITMENT_ROWS = `SELECT c.key, c.version, d.key AS declaration, parent.key AS parent_key, p.slug AS pillar,
    c.title, c.description, c.source_text, c.source_section, c.type, c.status,
    to_char(c.status_changed_at, ${UTC_ISO}) AS status_changed_at,
    to_char(c.last_update_at, ${UTC_ISO}) AS last_update_at,
    to_char(c.archived_at, ${UTC_ISO}) AS archived_at, c.collective_actor, c.is_group,
    tr.title AS title_es, tr.description AS description_es,
    (SELECT cc.country_code::text FROM commitment_country cc WHERE cc.commitment_id = c.id AND cc.role = 'LEAD'
      ORDER BY cc.country_code LIMIT 1) AS lead_country,
    ARRAY(SELECT cc.country_code::text FROM commitment_country cc WHERE cc.commitment_id = c.id) AS countries,
    ARRAY(SELECT cc.country_code::text || ':' || lower(cc.role::text) FROM commitment_country cc
      WHERE cc.commitment_id = c.id ORDER BY cc.role, cc.country_code) AS country_roles,
    coalesce((SELECT json_agg(json_build_object('key', dl.key, 'kind', dl.kind, 'label', dl.label, 'date', dl.date,
        'precision', dl.precision, 'original_date', dl.original_date, 'original_precision', dl.original_precision,
        'move_count', dl.move_count) ORDER BY dl.key) FROM deadline dl WHERE dl.commitment_id = c.id), '[]') AS deadlines,
    (SELECT json_build_object('kind', t.kind, 'value', trim_scale(t.value)::text, 'unit', t.unit,
        'qualifier', t.qualifier, 'as_written', t.as_written,
        'current_value', trim_scale(t.current_value)::text) FROM target t WHERE t.commitment_id = c.id
      ORDER BY t.key LIMIT 1) AS target
  FROM unnest($1::text[]) WITH ORDINALITY AS chosen(id, place)
  JOIN commitment c ON c.id = chosen.id
  JOIN declaration d ON d.id = c.declaration_id
  LEFT JOIN commitment parent ON parent.id = c.parent_id
  LEFT JOIN pillar p ON p.id = c.pillar_id
  LEFT JOIN commitment_translation tr ON tr.commitment_id = c.id AND tr.locale = 'es'
  ORDER BY chosen.place`;

function commitmentCells(row: CommitmentRow, today: CalendarDate, origin: string): Record<string, CsvValue> {
  const deadline = nextDeadline(row.deadlines, today);
  const facts: CommitmentFacts = { ...row, parentKey: row.parent_key, sourceText: row.source_text,
    sourceSection: row.source_section, leadCountry: row.lead_country, collectiveActor: row.collective_actor };
  return {
    ...commitmentFactCells(facts, deadline),
    status_changed_at: row.status_changed_at,
    deadline_as_written: deadline ? formatPreciseDate(deadline) : null,
    deadline_due_on: deadline ? periodEnd(deadline.date, deadline.precision) : null,
    deadline_original_as_written: deadline
      ? formatPreciseDate({ date: deadline.original_date, precision: deadline.original_precision }) : null,
    deadline_times_moved: deadline ? String(deadline.move_count) : null,
    country_roles: row.country_roles.join(";"),
    counted: row.is_group ? "no" : "yes",
    target_kind: row.target?.kind.toLowerCase() ?? null,
    target_as_written: row.target
      ? formatTarget({ ...row.target, value: row.target.value === null ? null : Number(row.target.value),
        asWritten: row.target.as_written }) : null,
    target_value: row.target?.value ?? null,
    target_unit: row.target?.unit ?? null,
    target_qualifier: row.target?.qualifier.toLowerCase() ?? null,
    target_current_value: row.target?.current_value ?? null,
    last_update_at: row.last_update_at,
    url: `${origin}/commitments/${row.key}`,
    archived_at: row.archived_at,
    title_es: row.title_es,
    description_es: row.description_es,
  };
}

/** commitments.csv: the header, then the commitments the filters select, in the order of `sort`; archived ones only for staff. */
export async function* commitmentCsv(filters: TCommitmentFilters, today: CalendarDate, audience: Audience, origin: string) {
  const where: Prisma.CommitmentWhereInput = {
    AND: [commitmentWhere(filters, today), audience === "public" ? { archivedAt: null } : {}],
  };
  const chosen = await db().commitment.findMany({ where, orderBy: commitmentOrderBy(filters.sort), select: { id: true } });
  yield* csvFile<CommitmentRow>(columnsFor(COMMITMENT_COLUMNS, audience),
    { sql: COMMITMENT_ROWS, params: [chosen.map((row) => row.id)] }, (row) => commitmentCells(row, today, origin));
}

/** A history entry as UPDATE_ROWS returns it: text where the file wants text, so nothing depends on the server's zone. */
type UpdateRow = {
  id: string; commitment_key: string; created_at: string; source: UpdateSource; visibility: UpdateVisibility;
  old_status: CommitmentStatus | null; new_status: CommitmentStatus | null; status_reason: string | null;
  note: string | null; note_lang: string; evidence_urls: string[]; value_reached: string | null; corrects_id: string | null;
  author_name: string | null; author_email: string | null;
  deadline_changes: { label: string; old_date: CalendarDate | null; old_precision: DatePrecision | null;
    new_date: CalendarDate; new_precision: DatePrecision }[] | null;
};

/**
 * Every entry of the chosen commitments ($1: their ids, or null for all) or, for the public ($2), only public entries
 * of unarchived ones and, of an internal entry that changed the status, its date and statuses only (a status change
 * is always a public fact, lib/data/public-commitments.ts), in id order. One query read through a cursor: at a million entries Prisma's building of
 * objects, not the database, was most of the export's time. `trim_scale` writes a value as Prisma's Decimal does.
 */
const UPDATE_ROWS = `SELECT u.id, c.key AS commitment_key,
    to_char(u.created_at, ${UTC_ISO}) AS created_at, u.source, u.visibility,
    u.old_status, u.new_status, CASE WHEN shown THEN u.status_reason END AS status_reason,
    CASE WHEN shown THEN u.note END AS note, u.note_lang,
    CASE WHEN shown THEN coalesce(u.evidence_urls, '{}') ELSE '{}' END AS evidence_urls,
    CASE WHEN shown THEN trim_scale(u.value_reached)::text END AS value_reached,
    CASE WHEN shown THEN u.corrects_id END AS corrects_id,
    CASE WHEN shown THEN a.display_name END AS author_name, a.email AS author_email,
    CASE WHEN shown THEN moved.changes END AS deadline_changes
  FROM progress_update u
  JOIN commitment c ON c.id = u.commitment_id
  LEFT JOIN app_user a ON a.id = u.author_id
  LEFT JOIN (SELECT dc.update_id, json_agg(json_build_object('label', d.label, 'old_date', dc.old_date,
        'old_precision', dc.old_precision, 'new_date', dc.new_date, 'new_precision', dc.new_precision) ORDER BY dc.id)
        AS changes
      FROM deadline_change dc JOIN deadline d ON d.id = dc.deadline_id GROUP BY dc.update_id) AS moved
    ON moved.update_id = u.id
  CROSS JOIN LATERAL (SELECT NOT $2::boolean OR u.visibility = 'PUBLIC' AS shown) AS reader
  WHERE ($1::text[] IS NULL OR u.commitment_id = ANY($1::text[]))
    AND (NOT $2::boolean OR ((u.visibility = 'PUBLIC' OR u.new_status IS NOT NULL) AND c.archived_at IS NULL))
  ORDER BY u.id`;

function updateCells(row: UpdateRow): Record<string, string | null> {
  return {
    update_id: row.id, commitment_key: row.commitment_key, created_at: row.created_at,
    author: updateAuthor({ author: row.author_name, source: row.source }),
    old_status: row.old_status?.toLowerCase() ?? null, new_status: row.new_status?.toLowerCase() ?? null,
    status_reason: row.status_reason, note: row.note, evidence_urls: row.evidence_urls.join(";"),
    deadline_changes: (row.deadline_changes ?? []).map((change) => `${change.label}: ${describeDeadlineChange(
      change.old_date && change.old_precision ? { date: change.old_date, precision: change.old_precision } : null,
      { date: change.new_date, precision: change.new_precision })}`).join(";"),
    value_reached: row.value_reached, corrects_update_id: row.corrects_id,
    visibility: row.visibility.toLowerCase(), author_email: row.author_email, note_lang: row.note_lang,
  };
}

/**
 * updates.csv: the header, then the history entries of the commitments the filters select (public entries of
 * unarchived commitments only, for the public), in id order (the app makes ids in time order, cuid), all of them as
 * the database was when the download began.
 */
export async function* updatesCsv(filters: TCommitmentFilters, today: CalendarDate, audience: Audience) {
  const where = commitmentWhere(filters, today);
  const chosen = Object.keys(where).length === 0 ? null
    : (await db().commitment.findMany({ where, select: { id: true } })).map((row) => row.id);
  yield* csvFile<UpdateRow>(columnsFor(UPDATE_COLUMNS, audience),
    { sql: UPDATE_ROWS, params: [chosen, audience === "public"] }, updateCells);
}
