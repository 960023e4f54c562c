import { describe, expect, it } from "vitest";
import {
  addDays, calendarDateProblem, daysBetween, fromDbDate, isStorableYear, parseCalendarDate, startOfDayIn, toDbDate, todayIn,
} from "@/lib/domain/calendar-date";
import { periodEnd } from "@/lib/domain/date-precision";

describe("calendar dates of the years 0001 to 0099", () => {
  it.each(["0001-01-01", "0050-06-30", "0099-12-31", "0004-02-29"])("%s is stored and read back as itself", (date) => {
    const stored = toDbDate(date);
    expect(stored.getUTCFullYear()).toBe(Number(date.slice(0, 4)));
    expect(fromDbDate(stored)).toBe(date);
  });

  it("counts days across them as the calendar does", () => {
    expect(daysBetween("0099-12-31", "0100-01-01")).toBe(1);
    expect(addDays("0050-02-28", 1)).toBe("0050-03-01");
    expect(periodEnd("0004-02-01", "MONTH")).toBe("0004-02-29");
  });
});

describe("calendarDateProblem", () => {
  it.each([
    ["2025-13-45", '"2025-13-45" is not a day of the calendar'],
    ["2025-00-10", '"2025-00-10" is not a day of the calendar'],
    ["2025-02-30", '"2025-02-30" is not a day of the calendar'],
    ["0000-01-01", '"0000-01-01" is outside the years 0001 to 9999'],
    ["2025-1-5", '"2025-1-5" is not a YYYY-MM-DD date'],
  ])("refuses %s", (value, problem) => {
    expect(calendarDateProblem(value)).toBe(problem);
    expect(() => parseCalendarDate(value)).toThrow(problem);
  });

  it("accepts a real day, a leap day included", () => {
    expect(calendarDateProblem("2024-02-29")).toBeNull();
    expect(parseCalendarDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe("days in a time zone", () => {
  it("starts a day at local midnight on both sides of a daylight-saving change", () => {
    expect(startOfDayIn("2025-03-09", "America/New_York").toISOString()).toBe("2025-03-09T05:00:00.000Z");
    expect(startOfDayIn("2025-03-10", "America/New_York").toISOString()).toBe("2025-03-10T04:00:00.000Z");
    expect(startOfDayIn("2025-11-02", "America/New_York").toISOString()).toBe("2025-11-02T04:00:00.000Z");
  });

  it("starts a day whose midnight the clocks skip at its first instant, never in the day before", () => {
    // Chile moved its clocks from 00:00 (UTC-4) to 01:00 (UTC-3) on 2024-09-08.
    expect(startOfDayIn("2024-09-08", "America/Santiago").toISOString()).toBe("2024-09-08T04:00:00.000Z");
  });

  it("names the day it is in a zone, not in UTC", () => {
    const instant = new Date("2025-01-01T03:30:00Z");
    expect(todayIn("America/New_York", instant)).toBe("2024-12-31");
    expect(todayIn("UTC", instant)).toBe("2025-01-01");
    expect(todayIn("Pacific/Kiritimati", new Date("2024-12-31T10:30:00Z"))).toBe("2025-01-01");
  });
});

describe("the years the tracker can store", () => {
  it("run from 1 to 9999", () => {
    expect([0, 1, 9999, 10000, 2025.5].map((year) => isStorableYear(year))).toEqual([false, true, true, false, false]);
  });
});
