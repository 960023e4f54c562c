import type { CommitmentStatus, CountryRole, DatePrecision, DeadlineKind, TargetKind, TargetQualifier } from "../generated/prisma/enums";
import { fromDbDate, type CalendarDate } from "./calendar-date";
import { formatPreciseDate, periodEnd } from "./date-precision";
import type { DeadlineHistory } from "./deadline-moves";
import type { TranslationRow } from "./localized-text";
import { formatTarget } from "./target-text";
import { deadlineState } from "./deadline-state";
import { nextDeadline } from "./next-deadline";
import { STATUSES } from "./status";
import { updateAuthor, type SummarisedUpdate } from "./update-summary";

/** The public JSON API's shapes: snake_case field names that stay stable (docs/public-and-api.md). */
type Dated = { kind: DeadlineKind; label: string; date: CalendarDate; precision: DatePrecision } & DeadlineHistory &
  { inferred?: boolean; inferenceNote?: string | null };
type Country = { code: string; name: string; lead: boolean; role: CountryRole };

/** A deadline: the current date, the date first set beside it and how often it moved, and whether part is inferred. */
function deadlineJson(deadline: Dated, today: CalendarDate, status: CommitmentStatus) {
  return {
    kind: deadline.kind.toLowerCase(),
    label: deadline.label,
    date: deadline.date,
    precision: deadline.precision.toLowerCase(),
    as_written: formatPreciseDate(deadline),
    due_on: periodEnd(deadline.date, deadline.precision),
    state: deadline.kind === "REFERENCE" ? "reference" : deadlineState(deadline, today, status).kind,
    original_date: deadline.original.date,
    original_precision: deadline.original.precision.toLowerCase(),
    original_as_written: formatPreciseDate(deadline.original),
    times_moved: deadline.moves,
    ...(deadline.inferred === undefined ? {} : { inferred: deadline.inferred, inference_note: deadline.inferenceNote ?? null }),
  };
}

const countriesJson = (countries: Country[]) =>
  countries.map(({ code, name, lead, role }) => ({ code, name, lead, role: role.toLowerCase() }));

/**
 * A record's translations by language ({"es": {"title": …, "description": …}}): staff's or the shipped ones, never the
 * source's words; a field without a translation is null (the English title and description stand beside them).
 */
function translationsJson(rows: readonly TranslationRow[]) {
  return Object.fromEntries(rows.map((row) => [row.locale, { title: row.title, description: row.description ?? null }]));
}

type Head = {
  key: string; title: string; translations: readonly TranslationRow[]; status: CommitmentStatus; collectiveActor: string | null; isSubCommitment: boolean;
  isGroup: boolean; pillarSlug: string | null; countries: Country[]; deadlines: Dated[];
};

// A commitment's fields in the list, which its whole record repeats first: a field has one name and one type throughout.
function headJson(head: Head, today: CalendarDate, origin: string) {
  const next = nextDeadline(head.deadlines, today);
  return {
    key: head.key,
    title: head.title,
    translations: translationsJson(head.translations),
    status: head.status.toLowerCase(),
    status_label: STATUSES[head.status].label,
    pillar: head.pillarSlug,
    countries: countriesJson(head.countries),
    collective_actor: head.collectiveActor,
    is_sub_commitment: head.isSubCommitment,
    // A group only gathers its sub-commitments and is not counted as a commitment (docs/data-model.md).
    counted: !head.isGroup,
    next_deadline: next ? deadlineJson(next, today, head.status) : null,
    url: `${origin}/commitments/${head.key}`,
    api_url: `${origin}/api/commitments/${head.key}`,
  };
}

export function commitmentSummaryJson(row: {
  key: string; title: string; translations: readonly TranslationRow[]; status: CommitmentStatus; collectiveActor: string | null; parentId: string | null;
  isGroup: boolean; pillar: { slug: string } | null; countries: Country[]; deadlines: Dated[];
}, today: CalendarDate, origin: string) {
  return headJson({ ...row, isSubCommitment: row.parentId !== null, pillarSlug: row.pillar?.slug ?? null }, today, origin);
}

type ListRow = Parameters<typeof commitmentSummaryJson>[0];

/**
 * One page of the list; `nextUrl` is null on the last page. `total` counts the records listed (the pages are cut
 * from it); `commitment_count` counts the commitments among them, groups left out.
 */
export function commitmentListJson(list: { total: number; counted: number; page: number; pageCount: number;
  nextUrl: string | null; rows: ListRow[] }, today: CalendarDate, origin: string) {
  return {
    total: list.total,
    commitment_count: list.counted,
    page: list.page,
    page_count: list.pageCount,
    next: list.nextUrl,
    commitments: list.rows.map((row) => commitmentSummaryJson(row, today, origin)),
  };
}

type HistoryEntry = SummarisedUpdate & {
  id: string; createdAt: Date; noteLang: string; valueReached: string | null; target: { label: string } | null; corrects: { id: string } | null;
};

function updateJson(update: HistoryEntry) {
  return {
    id: update.id,
    created_at: update.createdAt.toISOString(),
    author: updateAuthor(update),
    old_status: update.oldStatus?.toLowerCase() ?? null,
    new_status: update.newStatus?.toLowerCase() ?? null,
    status_reason: update.statusReason,
    note: update.note,
    note_lang: update.noteLang,
    evidence_urls: update.evidenceUrls,
    deadline_changes: update.deadlineChanges.map((change) => ({
      label: change.label,
      from: change.old ? formatPreciseDate(change.old) : null,
      to: formatPreciseDate(change.new),
    })),
    target_label: update.target?.label ?? null,
    value_reached: update.valueReached === null ? null : Number(update.valueReached),
    corrects_id: update.corrects?.id ?? null,
  };
}

/** Where a commitment comes from: its words, and the document they stand in with its framework and meeting. */
function sourceJson({ key, sourceText, sourceSection, declaration }: { key: string; sourceText: string; sourceSection: string;
  declaration: Parameters<typeof commitmentDetailJson>[0]["declaration"] }, origin: string) {
  return {
    text: sourceText, section: sourceSection, title: declaration.sourceTitle, url: declaration.sourceUrl,
    declaration: declaration.name, key: declaration.key, framework: declaration.shortName,
    publisher: declaration.sourcePublisher, published_at: declaration.publishedAt.toISOString(),
    meeting: declaration.meetingName, meeting_date: fromDbDate(declaration.meetingDate),
    passage_url: `${origin}/sources/${declaration.key}#passage-${key}`,
  };
}

/** One commitment whole: its list fields, then what only its page shows, then its public history newest first. */
export function commitmentDetailJson(commitment: {
  key: string; title: string; translations: readonly TranslationRow[]; description: string; sourceText: string; sourceSection: string; type: string;
  status: CommitmentStatus; statusChangedAt: Date; collectiveActor: string | null; isGroup: boolean;
  pillarNote: string | null;
  declaration: { key: string; name: string; shortName: string; sourceUrl: string; sourceTitle: string; publishedAt: Date;
    sourcePublisher: string; meetingName: string; meetingDate: Date };
  pillar: { slug: string; name: string } | null; parent: { key: string; title: string } | null;
  children: { key: string; title: string; status: CommitmentStatus }[];
  countries: Country[]; links: { label: string; url: string }[];
  deadlines: Dated[];
  targets: { key: string; kind: TargetKind; label: string; qualifier: TargetQualifier; value: number | null; unit: string;
    asWritten: string | null; currentValue: number | null; currentValueAt: Date | null }[];
}, updates: HistoryEntry[], today: CalendarDate, origin: string) {
  return {
    ...headJson({ ...commitment, isSubCommitment: commitment.parent !== null, pillarSlug: commitment.pillar?.slug ?? null },
      today, origin),
    pillar_name: commitment.pillar?.name ?? null,
    pillar_note: commitment.pillarNote,
    description: commitment.description,
    type: commitment.type.toLowerCase(),
    status_changed_at: commitment.statusChangedAt.toISOString(),
    source: sourceJson(commitment, origin),
    parent_key: commitment.parent?.key ?? null,
    sub_commitments: commitment.children.map((child) => ({ key: child.key, title: child.title, status: child.status.toLowerCase() })),
    links: commitment.links.map(({ label, url }) => ({ label, url })),
    deadlines: commitment.deadlines.map((deadline) => deadlineJson(deadline, today, commitment.status)),
    targets: commitment.targets.map((target) => ({
      key: target.key, kind: target.kind.toLowerCase(), label: target.label, qualifier: target.qualifier.toLowerCase(),
      value: target.value, unit: target.unit, as_written: formatTarget(target), current_value: target.currentValue,
      current_value_at: target.currentValueAt?.toISOString() ?? null,
    })),
    updates: updates.map(updateJson),
  };
}
