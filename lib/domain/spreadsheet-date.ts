import { calendarDate, parseCalendarDate, type CalendarDate } from "./calendar-date";

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
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"];

const NOT_A_DATE = (text: string) => `"${text}" is not a date: write it YYYY-MM-DD, such as 2025-12-01.`;

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

export function readSpreadsheetDate(raw: string): DateReading {
  const text = raw.trim();
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const [, year, separator, month, dayOfMonth, hours, minutes, seconds, fraction] = yearFirst;
    const date = day(Number(year), Number(month), Number(dayOfMonth));
    if (!date) return { ok: false, message: `"${text}" is not a day of the calendar.` };
    if (hours === undefined) {
      return { ok: true, date, form: separator === "-" && text.length === 10 ? "YYYY-MM-DD" : "YYYY/MM/DD" };
    }
    if ([hours, minutes, seconds, fraction].every((part) => part === undefined || Number(part) === 0)) {
      return { ok: true, date, form: "timestamp at midnight" };
    }
    // Which day a time of day falls on depends on the time zone it was written in; a deadline is a day.
    return { ok: false, message: `"${text}" has a time of day, and a deadline is a day: write the day meant as ` +
      "YYYY-MM-DD." };
  }
  const yearLast = YEAR_LAST.exec(text);
  if (!yearLast) return { ok: false, message: NOT_A_DATE(text) };
  const [, first, , second, year] = yearLast;
  if (year!.length === 2) {
    return { ok: false, message: `"${text}" has a two-digit year, which could be of any century: write it YYYY-MM-DD.` };
  }
  const dayFirst = day(Number(year), Number(second), Number(first));
  const monthFirst = day(Number(year), Number(first), Number(second));
  if (dayFirst && monthFirst && dayFirst !== monthFirst) {
    const spoken = (date: CalendarDate) => {
      const { month, day: dayOfMonth } = parseCalendarDate(date);
      return `${MONTHS[month - 1]} ${dayOfMonth}`;
    };
    return { ok: false, message: `"${text}" could be ${spoken(dayFirst)} or ${spoken(monthFirst)}, ${year}: write it ` +
      `YYYY-MM-DD (${dayFirst} or ${monthFirst}).` };
  }
  if (dayFirst) return { ok: true, date: dayFirst, form: "day/month/year" };
  if (monthFirst) return { ok: true, date: monthFirst, form: "month/day/year" };
  return { ok: false, message: `"${text}" is not a day of the calendar.` };
}
