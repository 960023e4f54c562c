import type { CommitmentStatus } from "../generated/prisma/enums";
import { addDays, startOfDayIn, type CalendarDate } from "./calendar-date";
import { deadlineState } from "./deadline-state";
import type { PreciseDate } from "./date-precision";

/** The deadline groups of the reminders, in the order they are shown. */
export const REMINDER_GROUPS = ["overdue", "due30", "due60", "due90"] as const;
export type ReminderGroup = (typeof REMINDER_GROUPS)[number];

/**
 * Each group as a range of days from today to the day a deadline is due on (inclusive). The queries filter on these
 * ranges and reminderGroup() classifies by them, so a row can never be counted in one group and shown in another.
 */
const RANGES: Record<ReminderGroup, { from: number | null; to: number }> = {
  overdue: { from: null, to: -1 },
  due30: { from: 0, to: 30 },
  due60: { from: 31, to: 60 },
  due90: { from: 61, to: 90 },
};


/** The first and last due day a group takes on `today`; an overdue deadline has no first day. */
export function reminderDueRange(group: ReminderGroup, today: CalendarDate): { from: CalendarDate | null; to: CalendarDate } {
  const { from, to } = RANGES[group];
  return { from: from === null ? null : addDays(today, from), to: addDays(today, to) };
}

/**
 * The group a deadline is in on `today`, or null when it is more than 90 days away or can no longer be missed (the
 * commitment is completed or discontinued). Precision decides the due day: "December 2025" is due on December 31,
 * 2025 and overdue from January 1, 2026; a US fiscal year is due on September 30.
 */
export function reminderGroup(deadline: PreciseDate, status: CommitmentStatus, today: CalendarDate): ReminderGroup | null {
  const state = deadlineState(deadline, today, status);
  if (state.kind === "passed") return "overdue";
  if (state.kind !== "due") return null;
  return REMINDER_GROUPS.find((group) => RANGES[group].from !== null && state.daysLeft <= RANGES[group].to) ?? null;
}

/**
 * A commitment is quiet when its last update fell on a day at least `quietDays` before `today`, both days as the
 * clock reads in `timeZone`: the answer is the instant before which that last update must lie.
 */
export function quietBefore(today: CalendarDate, quietDays: number, timeZone: string): Date {
  return startOfDayIn(addDays(today, 1 - quietDays), timeZone);
}

/** How far ahead a reminder may be snoozed: a year, so that nothing is put away and forgotten. */
export const MAX_SNOOZE_DAYS = 366;

/** Why a reminder cannot be snoozed until `until`, or null when it can. */
export function snoozeUntilProblem(until: CalendarDate, today: CalendarDate): string | null {
  if (until <= today) return "Choose a day after today: the reminder comes back on that day.";
  if (until > addDays(today, MAX_SNOOZE_DAYS)) return "Snooze for at most a year.";
  return null;
}
