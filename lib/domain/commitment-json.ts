import type { CommitmentStatus, DatePrecision, DeadlineKind, TargetKind, TargetQualifier } from "../generated/prisma/enums";
import type { CalendarDate } from "./calendar-date";
import { formatPreciseDate, periodEnd } from "./date-precision";
import { deadlineState } from "./deadline-state";
import { nextDeadline } from "./next-deadline";
import { STATUSES } from "./status";
import { updateAuthor, type SummarisedUpdate } from "./update-summary";

/** The public JSON API's shapes: snake_case field names that stay stable (README, "Public data"). */
type Dated = { kind: DeadlineKind; label: string; date: CalendarDate; precision: DatePrecision };
type Country = { code: string; name: string; lead: boolean };

function deadlineJson(deadline: Dated, today: CalendarDate, status: CommitmentStatus) {
  return {
    kind: deadline.kind.toLowerCase(),
    label: deadline.label,
    date: deadline.date,
    precision: deadline.precision.toLowerCase(),
    as_written: formatPreciseDate(deadline),
    due_on: periodEnd(deadline.date, deadline.precision),
    state: deadline.kind === "REFERENCE" ? "reference" : deadlineState(deadline, today, status).kind,
  };
}

const countriesJson = (countries: Country[]) => countries.map(({ code, name, lead }) => ({ code, name, lead }));

export function commitmentSummaryJson(row: {
  key: string; title: string; status: CommitmentStatus; collectiveActor: string | null; parentId: string | null;
  pillar: { slug: string } | null; countries: Country[]; deadlines: Dated[];
}, today: CalendarDate, origin: string) {
  const next = nextDeadline(row.deadlines, today);
  return {
    key: row.key,
    title: row.title,
    status: row.status.toLowerCase(),
    status_label: STATUSES[row.status].label,
    pillar: row.pillar?.slug ?? null,
    countries: countriesJson(row.countries),
    collective_actor: row.collectiveActor,
    is_sub_commitment: row.parentId !== null,
    next_deadline: next ? deadlineJson(next, today, row.status) : null,
    url: `${origin}/commitments/${row.key}`,
    api_url: `${origin}/api/commitments/${row.key}`,
  };
}

export function commitmentDetailJson(commitment: {
  key: string; title: string; description: string; sourceText: string; sourceSection: string; type: string;
  status: CommitmentStatus; statusChangedAt: Date; collectiveActor: string | null;
  declaration: { name: string; sourceUrl: string; sourceTitle: string };
  pillar: { slug: string; name: string } | null; parent: { key: string; title: string } | null;
  children: { key: string; title: string; status: CommitmentStatus }[];
  countries: Country[]; links: { label: string; url: string }[];
  deadlines: (Dated & { id: string })[];
  targets: { key: string; kind: TargetKind; label: string; qualifier: TargetQualifier; value: number; unit: string;
    currentValue: number | null; currentValueAt: Date | null }[];
}, updates: (SummarisedUpdate & { id: string; createdAt: Date; valueReached: string | null })[], today: CalendarDate, origin: string) {
  return {
    key: commitment.key,
    title: commitment.title,
    description: commitment.description,
    type: commitment.type.toLowerCase(),
    status: commitment.status.toLowerCase(),
    status_label: STATUSES[commitment.status].label,
    status_changed_at: commitment.statusChangedAt.toISOString(),
    source: { text: commitment.sourceText, section: commitment.sourceSection, title: commitment.declaration.sourceTitle,
      url: commitment.declaration.sourceUrl, declaration: commitment.declaration.name },
    pillar: commitment.pillar ? { slug: commitment.pillar.slug, name: commitment.pillar.name } : null,
    parent_key: commitment.parent?.key ?? null,
    sub_commitments: commitment.children.map((child) => ({ key: child.key, title: child.title, status: child.status.toLowerCase() })),
    countries: countriesJson(commitment.countries),
    collective_actor: commitment.collectiveActor,
    links: commitment.links,
    deadlines: commitment.deadlines.map((deadline) => deadlineJson(deadline, today, commitment.status)),
    targets: commitment.targets.map((target) => ({
      key: target.key, kind: target.kind.toLowerCase(), label: target.label, qualifier: target.qualifier.toLowerCase(),
      value: target.value, unit: target.unit, current_value: target.currentValue,
      current_value_at: target.currentValueAt?.toISOString() ?? null,
    })),
    updates: updates.map((update) => ({
      id: update.id,
      created_at: update.createdAt.toISOString(),
      author: updateAuthor(update),
      old_status: update.oldStatus?.toLowerCase() ?? null,
      new_status: update.newStatus?.toLowerCase() ?? null,
      status_reason: update.statusReason,
      note: update.note,
      evidence_urls: update.evidenceUrls,
      deadline_changes: update.deadlineChanges.map((change) => ({
        label: change.label,
        from: change.old ? formatPreciseDate(change.old) : null,
        to: formatPreciseDate(change.new),
      })),
      value_reached: update.valueReached === null ? null : Number(update.valueReached),
    })),
    url: `${origin}/commitments/${commitment.key}`,
  };
}
