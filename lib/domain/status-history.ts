import type { CommitmentStatus } from "../generated/prisma/enums";
import { calendarDate, daysInMonth, parseCalendarDate, type CalendarDate } from "./calendar-date";

export type StatusChange = { commitmentId: string; on: CalendarDate; status: CommitmentStatus };
export type StatusSnapshot = { at: CalendarDate; counts: Partial<Record<CommitmentStatus, number>> };

/** The last day of each month from the month of `start` to the month of `end`, the last one being `end` itself. */
export function monthEnds(start: CalendarDate, end: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  let { year, month } = parseCalendarDate(start);
  for (;;) {
    const last = calendarDate(year, month, daysInMonth(year, month));
    if (last >= end) break;
    days.push(last);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return [...days, end];
}

/**
 * How many commitments had each status on each day given: a commitment has, on a day, the status of its latest
 * recorded change on or before it, and is not counted before its first one.
 */
export function statusCountsOverTime(changes: readonly StatusChange[], days: readonly CalendarDate[]): StatusSnapshot[] {
  const byCommitment = new Map<string, StatusChange[]>();
  for (const change of changes) byCommitment.set(change.commitmentId, [...(byCommitment.get(change.commitmentId) ?? []), change]);
  for (const list of byCommitment.values()) list.sort((a, b) => a.on.localeCompare(b.on));
  return days.map((at) => {
    const counts: StatusSnapshot["counts"] = {};
    for (const list of byCommitment.values()) {
      const latest = list.findLast((change) => change.on <= at);
      if (latest) counts[latest.status] = (counts[latest.status] ?? 0) + 1;
    }
    return { at, counts };
  });
}
