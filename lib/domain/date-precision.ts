import type { DatePrecision } from "../generated/prisma/enums";
import { calendarDate, daysInMonth, parseCalendarDate, type CalendarDate } from "./calendar-date";

/**
 * A date known to a day, month, quarter, year or US fiscal year is stored as the first day of that period. These
 * rules turn it back into what the source said and into the last day it can still be met on.
 */
export type PreciseDate = { date: CalendarDate; precision: DatePrecision };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"];

/** "December 2025", never a made-up day. */
export function formatPreciseDate({ date, precision }: PreciseDate): string {
  const { year, month, day } = parseCalendarDate(date);
  const monthName = MONTHS[month - 1];
  switch (precision) {
    case "DAY":
      return `${monthName} ${day}, ${year}`;
    case "MONTH":
      return `${monthName} ${year}`;
    case "QUARTER":
      return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
    case "YEAR":
      return String(year);
    case "FISCAL_YEAR":
      return `Fiscal year ${fiscalYear(year, month)}`;
  }
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
