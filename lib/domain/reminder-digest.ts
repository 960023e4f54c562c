import type { CommitmentStatus, DatePrecision } from "../generated/prisma/enums";
import type { CalendarDate } from "./calendar-date";
import { formatPreciseDate, periodEnd } from "./date-precision";
import { describeDeadlineMoves, type DeadlineHistory } from "./deadline-moves";
import { deadlineState } from "./deadline-state";
import { reminderGroup } from "./reminder-windows";

export type DigestItem = DeadlineHistory & {
  title: string;
  status: CommitmentStatus;
  label: string;
  date: CalendarDate;
  precision: DatePrecision;
  /** Where the update form of the commitment is. */
  link: string;
};

export type Digest = { subject: string; text: string };

/**
 * The plain-text e-mail of one staff member's reminders: overdue deadlines first, then those due within 30 days,
 * each with the date as written, the day it is due on and a link to log an update.
 */
export function composeReminderDigest(options: {
  recipientName: string;
  items: readonly DigestItem[];
  today: CalendarDate;
  timeZone: string;
}): Digest {
  const { items, today } = options;
  const overdue = items.filter((item) => reminderGroup(item, item.status, today) === "overdue");
  const soon = items.filter((item) => reminderGroup(item, item.status, today) === "due30");
  const counts = [
    overdue.length > 0 ? `${overdue.length} overdue` : null,
    soon.length > 0 ? `${soon.length} due within 30 days` : null,
  ].filter((part): part is string => part !== null);
  const section = (heading: string, list: DigestItem[]) =>
    list.length === 0 ? [] : [heading, "", ...list.flatMap((item) => describeItem(item, today)), ""];
  const text = [
    `Hello ${options.recipientName},`,
    "",
    `These deadlines in your scope need attention (as of ${formatPreciseDate({ date: today, precision: "DAY" })}, ` +
      `${options.timeZone}).`,
    "",
    ...section("Overdue: passed without being completed", overdue),
    ...section("Due within 30 days", soon),
    "Each deadline is in this e-mail at most once a day. Snoozed reminders are left out until their day.",
    "",
  ].join("\n");
  return { subject: `Pledgeboard reminders: ${counts.join(", ")}`, text };
}

function describeItem(item: DigestItem, today: CalendarDate): string[] {
  const state = deadlineState(item, today, item.status);
  const when = state.kind === "passed" ? `${state.daysOverdue} ${state.daysOverdue === 1 ? "day" : "days"} ago`
    : state.label;
  const dueOn = formatPreciseDate({ date: periodEnd(item.date, item.precision), precision: "DAY" });
  const moves = describeDeadlineMoves(item);
  return [
    `- ${item.title}`,
    `  ${item.label}: ${formatPreciseDate(item)}, due ${dueOn} (${when})${moves ? `; ${moves}` : ""}`,
    `  Log an update: ${item.link}`,
  ];
}
