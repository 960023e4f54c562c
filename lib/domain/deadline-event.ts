import type { CommitmentStatus, DatePrecision } from "../generated/prisma/enums";
import type { CalendarDate } from "./calendar-date";
import { formatPreciseDate } from "./date-precision";
import { describeDeadlineMoves, type DeadlineHistory } from "./deadline-moves";
import type { AllDayEvent } from "./icalendar";
import { STATUSES } from "./status";

export type CalendarDeadline = DeadlineHistory & {
  id: string;
  label: string;
  date: CalendarDate;
  precision: DatePrecision;
  dueOn: CalendarDate;
  commitment: { title: string; status: CommitmentStatus; updatedAt: Date };
};

/**
 * A deadline as an all-day event on the day it is due. The UID is the deadline's own id, so a calendar that fetches
 * the feed again moves an extended deadline instead of adding a second event.
 */
export function deadlineEvent(deadline: CalendarDeadline, link: string): AllDayEvent {
  const status = STATUSES[deadline.commitment.status];
  const moves = describeDeadlineMoves(deadline);
  return {
    uid: `deadline-${deadline.id}@pledgeboard`,
    day: deadline.dueOn,
    summary: deadline.commitment.title,
    description: [
      `${deadline.label}: ${formatPreciseDate(deadline)} (due ${formatPreciseDate({ date: deadline.dueOn, precision: "DAY" })}${
        moves ? `; ${moves}` : ""}).`,
      `Status: ${status.label}.`,
      link,
    ].join("\n"),
    url: link,
    stamp: deadline.commitment.updatedAt,
  };
}
