import type { DatePrecision } from "../generated/prisma/enums";
import { calendarDate, daysInMonth, type CalendarDate } from "./calendar-date";
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

export function parsePreciseDateInput(text: string, precision: DatePrecision): ParsedDate {
  const value = text.trim().toUpperCase();
  const fail = (): ParsedDate => ({ ok: false, error: `Write the date as ${PRECISION_INPUT_HINT[precision]}.` });
  let match: RegExpExecArray | null;
  switch (precision) {
    case "DAY": {
      match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return fail();
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return { ok: false, error: `${text.trim()} is not a day of the calendar.` };
      }
      return { ok: true, date: calendarDate(year, month, day) };
    }
    case "MONTH": {
      match = /^(\d{4})-(\d{2})$/.exec(value);
      if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return fail();
      return { ok: true, date: calendarDate(Number(match[1]), Number(match[2]), 1) };
    }
    case "QUARTER": {
      match = /^(\d{4})-Q([1-4])$/.exec(value);
      if (!match) return fail();
      return { ok: true, date: calendarDate(Number(match[1]), (Number(match[2]) - 1) * 3 + 1, 1) };
    }
    case "YEAR": {
      match = /^(\d{4})$/.exec(value);
      if (!match) return fail();
      return { ok: true, date: calendarDate(Number(match[1]), 1, 1) };
    }
    case "FISCAL_YEAR": {
      match = /^FY ?(\d{4})$/.exec(value);
      if (!match) return fail();
      return { ok: true, date: calendarDate(Number(match[1]) - 1, 10, 1) };
    }
  }
}

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
