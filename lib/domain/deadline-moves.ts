import type { DatePrecision } from "../generated/prisma/enums";
import { fromDbDate, type CalendarDate } from "./calendar-date";
import { formatPreciseDate, type PreciseDate } from "./date-precision";
import type { Locale } from "./localized-text";

/** The columns a deadline keeps of its history (kept by a database trigger): its first date and how often it moved. */
export type StoredDeadlineHistory = { originalDate: Date; originalPrecision: DatePrecision; moveCount: number };
export type DeadlineHistory = { original: PreciseDate; moves: number };

/** A stored deadline's dates as calendar dates, its first date beside the current one. */
export function withDeadlineHistory<Row extends StoredDeadlineHistory & { date: Date }>(row: Row):
  Omit<Row, keyof StoredDeadlineHistory | "date"> & DeadlineHistory & { date: CalendarDate } {
  const { originalDate, originalPrecision, moveCount, date, ...rest } = row;
  return { ...rest, date: fromDbDate(date), original: { date: fromDbDate(originalDate), precision: originalPrecision },
    moves: moveCount };
}

/** "first set as December 2025, moved twice", or null for a deadline that never moved. */
export function describeDeadlineMoves(deadline: DeadlineHistory): string | null {
  if (deadline.moves === 0) return null;
  const times = deadline.moves === 1 ? "once" : deadline.moves === 2 ? "twice" : `${deadline.moves} times`;
  return `first set as ${formatPreciseDate(deadline.original)}, moved ${times}`;
}

/**
 * A title written when the deadline was set keeps its date ("… until December 2025"); once the deadline has moved,
 * the reader is told which date is current. Null when no moved deadline's first date stands in the title.
 */
export function titleDateNote(title: string, deadlines: readonly (DeadlineHistory & PreciseDate)[]): string | null {
  const moved = movedTitleDate(title, deadlines);
  return moved && `The title gives the date as first announced, ${moved.first}; it has since moved to ${moved.now}.`;
}

/** The first and current dates, as written in `locale`, of a moved deadline whose first date the title gives. */
export function movedTitleDate(title: string, deadlines: readonly (DeadlineHistory & PreciseDate)[], locale: Locale = "en"):
  { first: string; now: string } | null {
  for (const deadline of deadlines) {
    const first = formatPreciseDate(deadline.original, locale);
    const now = formatPreciseDate(deadline, locale);
    if (deadline.moves > 0 && first !== now && title.includes(first)) return { first, now };
  }
  return null;
}
