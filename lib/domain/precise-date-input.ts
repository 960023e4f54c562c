import type { DatePrecision } from "../generated/prisma/enums";
import { calendarDate, daysInMonth, isStorableYear, YEAR_RANGE_TEXT, type CalendarDate } from "./calendar-date";
import { fiscalYear } from "./date-precision";

/**
 * How staff type a date at each precision, and the reverse. The typed text is kept as is so that a form can give it
 * back with an error.
 */
export const PRECISION_INPUT_HINT: Record<DatePrecision, string> = {
  DAY: "YYYY-MM-DD, e.g. 2026-06-30",
  MONTH: "YYYY-MM, e.g. 2026-06",
  QUARTER: "YYYY-Qn, e.g. 2026-Q2",
  YEAR: "YYYY, e.g. 2026",
  FISCAL_YEAR: "FYYYYY, e.g. FY2026",
};

export type ParsedDate = { ok: true; date: CalendarDate } | { ok: false; error: string };

/**
 * Reads a typed date at its precision as the first day of its period. A year the tracker cannot store (0000, or a
 * fiscal year that would begin in it) is refused by name rather than moved into range.
 */
export function parsePreciseDateInput(text: string, precision: DatePrecision): ParsedDate {
  const start = periodStartOf(text.trim().toUpperCase(), precision);
  if (!start) return { ok: false, error: `Write the date as ${PRECISION_INPUT_HINT[precision]}.` };
  const { year, month, day } = start;
  if (!isStorableYear(year)) {
    return { ok: false, error: `${text.trim()} is outside the years the tracker can store (${YEAR_RANGE_TEXT}).` };
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, error: `${text.trim()} is not a day of the calendar.` };
  }
  return { ok: true, date: calendarDate(year, month, day) };
}

/** The first day of the period the text names, unchecked; null when the text is not in the notation. */
function periodStartOf(value: string, precision: DatePrecision): { year: number; month: number; day: number } | null {
  const match = PRECISION_PATTERN[precision].exec(value);
  if (!match) return null;
  const [first, second, third] = [Number(match[1]), Number(match[2]), Number(match[3])];
  switch (precision) {
    case "DAY":
      return { year: first, month: second, day: third };
    case "MONTH":
      return second >= 1 && second <= 12 ? { year: first, month: second, day: 1 } : null;
    case "QUARTER":
      return { year: first, month: (second - 1) * 3 + 1, day: 1 };
    case "YEAR":
      return { year: first, month: 1, day: 1 };
    case "FISCAL_YEAR":
      return { year: first - 1, month: 10, day: 1 };
  }
}

const PRECISION_PATTERN: Record<DatePrecision, RegExp> = {
  DAY: /^(\d{4})-(\d{2})-(\d{2})$/,
  MONTH: /^(\d{4})-(\d{2})$/,
  QUARTER: /^(\d{4})-Q([1-4])$/,
  YEAR: /^(\d{4})$/,
  FISCAL_YEAR: /^FY ?(\d{4})$/,
};

/** The text a form shows for a stored date, in the same notation the parser reads. */
export function preciseDateInputValue(date: CalendarDate, precision: DatePrecision): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  switch (precision) {
    case "DAY":
      return date;
    case "MONTH":
      return date.slice(0, 7);
    case "QUARTER":
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    case "YEAR":
      return String(year);
    case "FISCAL_YEAR":
      return `FY${fiscalYear(year, month)}`;
  }
}
