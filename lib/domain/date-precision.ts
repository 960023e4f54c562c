import type { DatePrecision } from "../generated/prisma/enums";
import { calendarDate, daysInMonth, parseCalendarDate, type CalendarDate } from "./calendar-date";
import type { Locale } from "./localized-text";

/**
 * A date known to a day, month, quarter, year or US fiscal year is stored as the first day of that period. These
 * rules turn it back into what the source said and into the last day it can still be met on.
 */
export type PreciseDate = { date: CalendarDate; precision: DatePrecision };

const utc = (options: Intl.DateTimeFormatOptions) => ({
  en: new Intl.DateTimeFormat("en-US", { ...options, timeZone: "UTC" }),
  // Plain "es", not a country's: the examples readers gave (`25.500 personas`) are its, and the month names are
  // the same across Latin America.
  es: new Intl.DateTimeFormat("es", { ...options, timeZone: "UTC" }),
});
const DAY_FORMAT = utc({ year: "numeric", month: "long", day: "numeric" });
const MONTH_FORMAT = utc({ year: "numeric", month: "long" });
/** A day as a Date at UTC midnight; setUTCFullYear because Date.UTC reads years 0 to 99 as 1900 to 1999. */
function utcDay(year: number, month: number, day: number): Date {
  const at = new Date(Date.UTC(2000, month - 1, day));
  at.setUTCFullYear(year);
  return at;
}
const QUARTERS_ES = ["primer", "segundo", "tercer", "cuarto"];

/** "December 2025" / "diciembre de 2025", never a made-up day. */
export function formatPreciseDate({ date, precision }: PreciseDate, locale: Locale = "en"): string {
  const { year, month, day } = parseCalendarDate(date);
  const quarter = Math.floor((month - 1) / 3) + 1;
  switch (precision) {
    case "DAY":
      return DAY_FORMAT[locale].format(utcDay(year, month, day));
    case "MONTH":
      return MONTH_FORMAT[locale].format(utcDay(year, month, 1));
    case "QUARTER":
      return locale === "es" ? `${QUARTERS_ES[quarter - 1]} trimestre de ${year}` : `Q${quarter} ${year}`;
    case "YEAR":
      return String(year);
    case "FISCAL_YEAR":
      return `${locale === "es" ? "año fiscal" : "Fiscal year"} ${fiscalYear(year, month)}`;
  }
}

/**
 * A deadline as the end of its period, the way a reader says it: "by December 2025", "hasta diciembre de 2025",
 * "hasta el año fiscal 2024".
 */
export function formatDeadlineDate(date: PreciseDate, locale: Locale = "en"): string {
  const shown = formatPreciseDate(date, locale);
  if (locale === "es") return date.precision === "FISCAL_YEAR" || date.precision === "QUARTER" ? `hasta el ${shown}` : `hasta ${shown}`;
  return `by ${date.precision === "FISCAL_YEAR" ? shown.toLowerCase() : shown}`;
}

/** The US federal fiscal year runs from October 1 to September 30 and is named by the year it ends in. */
export function fiscalYear(year: number, month: number): number {
  return month >= 10 ? year + 1 : year;
}

/** The first day of the period that holds `date` at this precision. */
export function periodStart(date: CalendarDate, precision: DatePrecision): CalendarDate {
  const { year, month, day } = parseCalendarDate(date);
  switch (precision) {
    case "DAY":
      return calendarDate(year, month, day);
    case "MONTH":
      return calendarDate(year, month, 1);
    case "QUARTER":
      return calendarDate(year, Math.floor((month - 1) / 3) * 3 + 1, 1);
    case "YEAR":
      return calendarDate(year, 1, 1);
    case "FISCAL_YEAR":
      return calendarDate(fiscalYear(year, month) - 1, 10, 1);
  }
}

/** The last day the period covers: a "December 2025" deadline is due on December 31, 2025. */
export function periodEnd(date: CalendarDate, precision: DatePrecision): CalendarDate {
  const { year, month, day } = parseCalendarDate(date);
  switch (precision) {
    case "DAY":
      return calendarDate(year, month, day);
    case "MONTH":
      return calendarDate(year, month, daysInMonth(year, month));
    case "QUARTER": {
      const lastMonth = Math.floor((month - 1) / 3) * 3 + 3;
      return calendarDate(year, lastMonth, daysInMonth(year, lastMonth));
    }
    case "YEAR":
      return calendarDate(year, 12, 31);
    case "FISCAL_YEAR":
      return calendarDate(fiscalYear(year, month), 9, 30);
  }
}
