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
  const left = timeLeft(days);
  switch (left.unit) {
    case "today":
      return "due today";
    case "tomorrow":
      return "due tomorrow";
    default:
      return `in ${left.count} ${left.unit}`;
  }
}

/** How far off a day is, in the unit a reader would say it in (each language words it: describeDaysLeft for English). */
export function timeLeft(days: number): { unit: "today" | "tomorrow" | "days" | "months" | "years"; count: number } {
  if (days === 0) return { unit: "today", count: 0 };
  if (days === 1) return { unit: "tomorrow", count: 1 };
  if (days < 45) return { unit: "days", count: days };
  const months = Math.round(days / 30.44);
  if (months < 18) return { unit: "months", count: months };
  return { unit: "years", count: Math.round(days / 365.25) };
}
