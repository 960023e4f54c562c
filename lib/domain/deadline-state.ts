import type { CommitmentStatus, DatePrecision } from "../generated/prisma/enums";
import { daysBetween, type CalendarDate } from "./calendar-date";
import { periodEnd } from "./date-precision";
import { isClosedStatus } from "./status";

export type DeadlineState =
  | { kind: "none"; label: string }
  | { kind: "met"; dueOn: CalendarDate; label: string }
  | { kind: "passed"; dueOn: CalendarDate; daysOverdue: number; label: string }
  | { kind: "due"; dueOn: CalendarDate; daysLeft: number; label: string };

/**
 * Where a deadline stands on `today`: it passes when its whole period is over (a "December 2025" deadline passes
 * when January 2026 begins), and a commitment that is completed or discontinued has nothing left to miss.
 */
export function deadlineState(
  deadline: { date: CalendarDate; precision: DatePrecision } | null,
  today: CalendarDate,
  status?: CommitmentStatus,
): DeadlineState {
  if (!deadline) return { kind: "none", label: "no deadline" };
  const dueOn = periodEnd(deadline.date, deadline.precision);
  if (status && isClosedStatus(status)) return { kind: "met", dueOn, label: "closed" };
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return { kind: "passed", dueOn, daysOverdue: -daysLeft, label: "passed" };
  return { kind: "due", dueOn, daysLeft, label: describeDaysLeft(daysLeft) };
}

export function describeDaysLeft(days: number): string {
  if (days === 0) return "due today";
  if (days === 1) return "due tomorrow";
  if (days < 45) return `in ${days} days`;
  const months = Math.round(days / 30.44);
  if (months < 18) return `in ${months} months`;
  return `in ${Math.round(days / 365.25)} years`;
}
