import { calendarDate, parseCalendarDate, type CalendarDate } from "./calendar-date";
import { IMPORT_FILE_WORDS, type DateCellWords } from "./import-words";

/**
 * A date cell as a spreadsheet may have saved it. The export writes ISO dates (2025-04-01); Gnumeric and LibreOffice
 * read those as dates and save them as 2025/04/01, or as 2025/04/01 00:00:00 when the cell held a time, and a
 * spreadsheet set to another language writes 01/04/2025. Each is read when it can mean one day only, and the form it
 * was read in goes back to the preview; what could mean two days is refused with both readings.
 */
export type DateForm = "YYYY-MM-DD" | "YYYY/MM/DD" | "timestamp at midnight" | "day/month/year" | "month/day/year";
export type DateReading = { ok: true; date: CalendarDate; form: DateForm } | { ok: false; message: string };

const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]00:?00)?)?$/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/;

/** The day, if `year`, `month` and `day` name one on the calendar. */
function day(year: number, month: number, dayOfMonth: number): CalendarDate | null {
  const date = calendarDate(year, month, dayOfMonth);
  try {
    parseCalendarDate(date);
    return date;
  } catch {
    return null;
  }
}

export function readSpreadsheetDate(raw: string, words: DateCellWords = IMPORT_FILE_WORDS.cells.date): DateReading {
  const text = raw.trim();
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const [, year, separator, month, dayOfMonth, hours, minutes, seconds, fraction] = yearFirst;
    const date = day(Number(year), Number(month), Number(dayOfMonth));
    if (!date) return { ok: false, message: words.notADay(text) };
    if (hours === undefined) {
      return { ok: true, date, form: separator === "-" && text.length === 10 ? "YYYY-MM-DD" : "YYYY/MM/DD" };
    }
    if ([hours, minutes, seconds, fraction].every((part) => part === undefined || Number(part) === 0)) {
      return { ok: true, date, form: "timestamp at midnight" };
    }
    // Which day a time of day falls on depends on the time zone it was written in; a deadline is a day.
    return { ok: false, message: words.timeOfDay(text) };
  }
  const yearLast = YEAR_LAST.exec(text);
  if (!yearLast) return { ok: false, message: words.notADate(text) };
  const [, first, , second, year] = yearLast;
  if (year!.length === 2) {
    return { ok: false, message: words.twoDigitYear(text) };
  }
  const dayFirst = day(Number(year), Number(second), Number(first));
  const monthFirst = day(Number(year), Number(first), Number(second));
  if (dayFirst && monthFirst && dayFirst !== monthFirst) {
    return { ok: false, message: words.ambiguous(text, dayFirst, monthFirst) };
  }
  if (dayFirst) return { ok: true, date: dayFirst, form: "day/month/year" };
  if (monthFirst) return { ok: true, date: monthFirst, form: "month/day/year" };
  return { ok: false, message: words.notADay(text) };
}
