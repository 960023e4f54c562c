import type { CommitmentStatus, DatePrecision } from "../generated/prisma/enums";
import type { CalendarDate } from "./calendar-date";
import { formatPreciseDate, periodEnd } from "./date-precision";
import type { DeadlineHistory } from "./deadline-moves";
import { deadlineState, timeLeft } from "./deadline-state";
import type { Locale } from "./localized-text";
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

/** The words of the e-mail, from the message catalogue of the recipient's language (its reminderEmail and deadline). */
export type DigestWords = {
  subject: (counts: string) => string;
  overdueCount: (count: number) => string;
  soonCount: (count: number) => string;
  hello: (name: string) => string;
  intro: (day: string, timeZone: string) => string;
  overdue: string;
  soon: string;
  footer: string;
  deadline: (label: string, date: string, dueOn: string, when: string) => string;
  daysAgo: (days: number) => string;
  logUpdate: (link: string) => string;
  due: {
    dueToday: string;
    dueTomorrow: string;
    inDays: (days: number) => string;
    inMonths: (months: number) => string;
    inYears: (years: number) => string;
    moved: (first: string, moves: number) => string;
  };
};

/**
 * The plain-text e-mail of one staff member's reminders, in their language: overdue deadlines first, then those due
 * within 30 days, each with the date as written, the day it is due on and a link to log an update.
 */
export function composeReminderDigest(options: {
  recipientName: string;
  items: readonly DigestItem[];
  today: CalendarDate;
  timeZone: string;
  locale: Locale;
  words: DigestWords;
}): Digest {
  const { items, today, locale, words } = options;
  const overdue = items.filter((item) => reminderGroup(item, item.status, today) === "overdue");
  const soon = items.filter((item) => reminderGroup(item, item.status, today) === "due30");
  const counts = [
    overdue.length > 0 ? words.overdueCount(overdue.length) : null,
    soon.length > 0 ? words.soonCount(soon.length) : null,
  ].filter((part): part is string => part !== null);
  const section = (heading: string, list: DigestItem[]) =>
    list.length === 0 ? [] : [heading, "", ...list.flatMap((item) => describeItem(item, today, locale, words)), ""];
  const text = [
    words.hello(options.recipientName),
    "",
    words.intro(formatPreciseDate({ date: today, precision: "DAY" }, locale), options.timeZone),
    "",
    ...section(words.overdue, overdue),
    ...section(words.soon, soon),
    words.footer,
    "",
  ].join("\n");
  return { subject: words.subject(counts.join(", ")), text };
}

function describeItem(item: DigestItem, today: CalendarDate, locale: Locale, words: DigestWords): string[] {
  const state = deadlineState(item, today, item.status);
  const when = state.kind === "passed" ? words.daysAgo(state.daysOverdue)
    : state.kind === "due" ? timeLeftWords(state.daysLeft, words.due) : state.label;
  const dueOn = formatPreciseDate({ date: periodEnd(item.date, item.precision), precision: "DAY" }, locale);
  const moves = item.moves > 0 ? words.due.moved(formatPreciseDate(item.original, locale), item.moves) : null;
  return [
    `- ${item.title}`,
    `  ${words.deadline(item.label, formatPreciseDate(item, locale), dueOn, when)}${moves ? `; ${moves}` : ""}`,
    `  ${words.logUpdate(item.link)}`,
  ];
}

function timeLeftWords(days: number, words: DigestWords["due"]): string {
  const left = timeLeft(days);
  switch (left.unit) {
    case "today":
      return words.dueToday;
    case "tomorrow":
      return words.dueTomorrow;
    case "days":
      return words.inDays(left.count);
    case "months":
      return words.inMonths(left.count);
    case "years":
      return words.inYears(left.count);
  }
}
