import type { CommitmentStatus, DatePrecision, UpdateSource } from "../generated/prisma/enums";
import type { CalendarDate } from "./calendar-date";
import { describeDeadlineChange } from "./deadline-change";
import { STATUSES } from "./status";

export type SummarisedUpdate = {
  source: UpdateSource;
  author: string | null;
  oldStatus: CommitmentStatus | null;
  newStatus: CommitmentStatus | null;
  statusReason: string | null;
  note: string | null;
  evidenceUrls: string[];
  deadlineChanges: { label: string; old: { date: CalendarDate; precision: DatePrecision } | null;
    new: { date: CalendarDate; precision: DatePrecision } }[];
};

const SOURCE_NAMES: Record<UpdateSource, string> = { SEED: "Fact sheet", IMPORT: "CSV import", STAFF: "Staff" };

/** Who wrote an entry, as the public may see it: the display name they chose, or where it came from. */
export function updateAuthor(update: Pick<SummarisedUpdate, "author" | "source">,
  sourceNames: Record<UpdateSource, string> = SOURCE_NAMES): string {
  return update.author ?? sourceNames[update.source];
}

/** "Costa Rica extends …: status changed to Completed", the one-line title of an entry in a feed. */
export function updateHeadline(commitmentTitle: string, update: SummarisedUpdate): string {
  if (update.newStatus) return `${commitmentTitle}: status ${update.oldStatus ? "changed to" : "recorded as"} ${STATUSES[update.newStatus].label}`;
  if (update.deadlineChanges.length > 0) return `${commitmentTitle}: deadline ${describeDeadlineChange(update.deadlineChanges[0]!.old, update.deadlineChanges[0]!.new)}`;
  return `${commitmentTitle}: update`;
}

/** The entry's text: reason, deadline moves, note and evidence, one per line. */
export function updateText(update: SummarisedUpdate): string {
  return [
    update.newStatus && update.statusReason ? `Reason: ${update.statusReason}` : null,
    ...update.deadlineChanges.map((change) => `${change.label}: ${describeDeadlineChange(change.old, change.new)}`),
    update.note,
    ...update.evidenceUrls.map((url) => `Evidence: ${url}`),
  ].filter((line): line is string => Boolean(line)).join("\n");
}
