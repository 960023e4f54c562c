import type { CommitmentStatus } from "../generated/prisma/enums";
import type { CalendarDate } from "./calendar-date";
import { periodEnd, type PreciseDate } from "./date-precision";

export type TimelineEntry = {
  on: CalendarDate;
  oldStatus: CommitmentStatus | null;
  newStatus: CommitmentStatus | null;
  deadlineChanges: { label: string; old: PreciseDate | null; new: PreciseDate }[];
  figure: { label: string; unit: string; value: number } | null;
};

export type TimelineDeadline = {
  label: string;
  /** As first announced, and as it stands: the same date when it never moved. */
  original: PreciseDate;
  current: PreciseDate;
  moves: { on: CalendarDate; from: PreciseDate; to: PreciseDate }[];
};

export type Timeline = {
  start: CalendarDate;
  end: CalendarDate;
  statusSpans: { status: CommitmentStatus; from: CalendarDate; to: CalendarDate }[];
  deadlines: TimelineDeadline[];
  figures: { on: CalendarDate; label: string; unit: string; value: number }[];
};

const sameDate = (a: PreciseDate, b: PreciseDate) => a.date === b.date && a.precision === b.precision;

/**
 * A commitment's life on one time axis: the status it had from the day it was announced to today, every move of each
 * deadline (its original date beside its current one) and every figure logged, from its public history.
 */
export function commitmentTimeline(input: {
  start: CalendarDate;
  today: CalendarDate;
  currentStatus: CommitmentStatus;
  entries: readonly TimelineEntry[];
  deadlines: readonly ({ label: string } & PreciseDate)[];
}): Timeline {
  const entries = [...input.entries].sort((a, b) => a.on.localeCompare(b.on));
  const changes = entries.filter((entry) => entry.newStatus);
  const statusSpans: Timeline["statusSpans"] = [];
  let status = changes[0]?.oldStatus ?? changes[0]?.newStatus ?? input.currentStatus;
  let from = input.start;
  for (const change of changes) {
    if (change.newStatus === status) continue;
    if (change.on > from) statusSpans.push({ status, from, to: change.on });
    status = change.newStatus!;
    from = change.on > from ? change.on : from;
  }
  statusSpans.push({ status, from, to: input.today > from ? input.today : from });

  const deadlines = input.deadlines.map((deadline): TimelineDeadline => {
    const current = { date: deadline.date, precision: deadline.precision };
    const history = entries.flatMap((entry) => entry.deadlineChanges
      .filter((change) => change.label === deadline.label)
      .map((change) => ({ on: entry.on, old: change.old, new: change.new })));
    const moves = history.flatMap((change) =>
      change.old && !sameDate(change.old, change.new) ? [{ on: change.on, from: change.old, to: change.new }] : []);
    return { label: deadline.label, original: moves[0]?.from ?? current, current, moves };
  });

  const figures = entries.flatMap((entry) => (entry.figure ? [{ on: entry.on, ...entry.figure }] : []));
  const ends = [input.today, ...deadlines.flatMap((deadline) =>
    [periodEnd(deadline.original.date, deadline.original.precision), periodEnd(deadline.current.date, deadline.current.precision)])];
  const end = ends.reduce((latest, date) => (date > latest ? date : latest));
  return { start: input.start, end, statusSpans, deadlines, figures };
}
