import type { DatePrecision, DeadlineKind } from "../generated/prisma/enums";
import type { CalendarDate } from "./calendar-date";
import { formatPreciseDate, periodEnd } from "./date-precision";
import type { Locale } from "./localized-text";

export const CONFIRM_EARLY_DEADLINES_LABEL = "Keep the dates before the announcement: they are right";

/** The words of the question in the editor's language (the catalogue's `earlyDeadline`), given dates already said in it. */
export type EarlyDeadlineWords = {
  /** On the deadline: its date as typed and the day of the announcement. */
  endsBefore: (date: string, announced: string) => string;
  /** On the box that confirms it. */
  confirm: (announced: string) => string;
};

export const EARLY_DEADLINE_WORDS = {
  endsBefore: (date: string, announced: string) => `${date} ends before the commitment was announced on ${announced}, ` +
    "so it would show as passed at once. Check the year; if the date is right, tick " +
    `"${CONFIRM_EARLY_DEADLINES_LABEL}" and save again.`,
  confirm: (announced: string) => `A deadline ends before the commitment was announced on ${announced}.`,
} satisfies EarlyDeadlineWords;

export type DeadlineEditFacts = { deadlineId: string; kind: DeadlineKind; date: CalendarDate; precision: DatePrecision };

/**
 * A deadline that ends before its commitment was announced is at once "passed" on the public pages: most often a
 * mistyped year (2020 for 2026). The editor is asked to confirm it rather than have it saved without a word. A
 * reference date (an eligibility cut-off) often lies in the past and nobody has to meet it, so it is not asked about.
 */
export function earlyDeadlineErrors(edits: readonly DeadlineEditFacts[], announcedOn: CalendarDate,
  confirmed: boolean, words: EarlyDeadlineWords = EARLY_DEADLINE_WORDS, locale: Locale = "en"): Record<string, string[]> {
  if (confirmed) return {};
  const errors: Record<string, string[]> = {};
  const announced = formatPreciseDate({ date: announcedOn, precision: "DAY" }, locale);
  for (const edit of edits) {
    if (edit.kind === "REFERENCE" || periodEnd(edit.date, edit.precision) >= announcedOn) continue;
    errors[`deadline.${edit.deadlineId}.value`] = [
      words.endsBefore(formatPreciseDate(edit, locale), announced),
    ];
  }
  if (Object.keys(errors).length > 0) errors.confirmEarlyDeadlines = [words.confirm(announced)];
  return errors;
}
