import type { CommitmentStatus, DatePrecision } from "../generated/prisma/enums";
import type { CalendarDate } from "./calendar-date";
import { formatPreciseDate } from "./date-precision";
import type { DeadlineHistory } from "./deadline-moves";
import type { AllDayEvent } from "./icalendar";
import type { Locale } from "./localized-text";

export type CalendarDeadline = DeadlineHistory & {
  id: string;
  label: string;
  date: CalendarDate;
  precision: DatePrecision;
  dueOn: CalendarDate;
  commitment: { title: string; status: CommitmentStatus; updatedAt: Date };
};

/** An event's words in the calendar's language: lib/messages' calendarEvent, deadline.moved and status. */
export type CalendarEventWords = {
  locale: Locale;
  due: (day: string) => string;
  status: (label: string) => string;
  moved: (first: string, moves: number) => string;
  statuses: Record<CommitmentStatus, { label: string }>;
};

/**
 * A deadline as an all-day event on the day it is due. The UID is the deadline's own id, so a calendar that fetches
 * the feed again moves an extended deadline instead of adding a second event, whichever language it is read in.
 */
export function deadlineEvent(deadline: CalendarDeadline, link: string, words: CalendarEventWords): AllDayEvent {
  const date = (precise: { date: CalendarDate; precision: DatePrecision }) => formatPreciseDate(precise, words.locale);
  const moves = deadline.moves > 0 ? `; ${words.moved(date(deadline.original), deadline.moves)}` : "";
  return {
    uid: `deadline-${deadline.id}@pledgeboard`,
    day: deadline.dueOn,
    summary: deadline.commitment.title,
    description: [
      `${deadline.label}: ${date(deadline)} (${words.due(date({ date: deadline.dueOn, precision: "DAY" }))}${moves}).`,
      words.status(words.statuses[deadline.commitment.status].label),
      link,
    ].join("\n"),
    url: link,
    stamp: deadline.commitment.updatedAt,
  };
}
