import { TZDate } from "@date-fns/tz";

/** A calendar day as "YYYY-MM-DD": what a deadline is due on, free of any clock or time zone. */
export type CalendarDate = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a date may have: four digits, and no year 0000, which PostgreSQL's date type (like the Gregorian
 * calendar people write) does not have. A year outside is refused by name, never moved into range.
 */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

export function isStorableYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

export const YEAR_RANGE_TEXT = "0001 to 9999";

/** Why `value` is not a calendar day the tracker can store, or null when it is one. */
export function calendarDateProblem(value: string): string | null {
  const match = ISO_DAY.exec(value);
  if (!match) return `"${value}" is not a YYYY-MM-DD date`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isStorableYear(year)) return `"${value}" is outside the years ${YEAR_RANGE_TEXT}`;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return `"${value}" is not a day of the calendar`;
  return null;
}

export function parseCalendarDate(value: string): { year: number; month: number; day: number } {
  const problem = calendarDateProblem(value);
  if (problem) throw new Error(problem);
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / 86_400_000);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(toUtcMs(date) + days * 86_400_000);
  return calendarDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The day it is in `timeZone` at the instant `now`. */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  const local = new TZDate(now.getTime(), timeZone);
  return calendarDate(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/**
 * The instant `date` begins in `timeZone`: its local midnight, or the first instant of the day where a daylight-saving
 * change skips midnight (Santiago, Havana).
 */
export function startOfDayIn(date: CalendarDate, timeZone: string): Date {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime());
}

/** Dates of @db.Date columns arrive as UTC midnights. */
export function fromDbDate(value: Date): CalendarDate {
  return calendarDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

export function toDbDate(value: CalendarDate): Date {
  return new Date(toUtcMs(value));
}

function toUtcMs(value: CalendarDate): number {
  const { year, month, day } = parseCalendarDate(value);
  return utcMs(year, month, day);
}

/** UTC midnight of a day. Date.UTC reads years 0 to 99 as 1900 to 1999; setUTCFullYear takes the year as given. */
function utcMs(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}
