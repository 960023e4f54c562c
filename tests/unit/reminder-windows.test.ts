import { describe, expect, it } from "vitest";
import { addDays, startOfDayIn, todayIn, type CalendarDate } from "@/lib/domain/calendar-date";
import { periodEnd, type PreciseDate } from "@/lib/domain/date-precision";
import {
  quietBefore, REMINDER_GROUPS, reminderDueRange, reminderGroup, snoozeUntilProblem,
} from "@/lib/domain/reminder-windows";

const day = (date: CalendarDate): PreciseDate => ({ date, precision: "DAY" });
const group = (deadline: PreciseDate, today: CalendarDate) => reminderGroup(deadline, "IN_PROGRESS", today);

describe("the day a deadline falls due, by precision", () => {
  it.each([
    ["a month", { date: "2025-12-01", precision: "MONTH" }, "2025-12-31"],
    ["a 30-day month", { date: "2025-04-01", precision: "MONTH" }, "2025-04-30"],
    ["February of a leap year", { date: "2024-02-01", precision: "MONTH" }, "2024-02-29"],
    ["February of a common year", { date: "2025-02-01", precision: "MONTH" }, "2025-02-28"],
    ["February of 2100, not a leap year", { date: "2100-02-01", precision: "MONTH" }, "2100-02-28"],
    ["February of 2000, a leap year", { date: "2000-02-01", precision: "MONTH" }, "2000-02-29"],
    ["the first quarter of a leap year", { date: "2024-01-01", precision: "QUARTER" }, "2024-03-31"],
    ["the fourth quarter", { date: "2025-10-01", precision: "QUARTER" }, "2025-12-31"],
    ["a year", { date: "2025-01-01", precision: "YEAR" }, "2025-12-31"],
    ["US fiscal year 2025", { date: "2024-10-01", precision: "FISCAL_YEAR" }, "2025-09-30"],
    ["a day", { date: "2024-09-15", precision: "DAY" }, "2024-09-15"],
  ] as const)("%s", (_what, deadline, dueOn) => {
    expect(periodEnd(deadline.date, deadline.precision)).toBe(dueOn);
    expect(group(deadline, dueOn)).toBe("due30");
    expect(group(deadline, addDays(dueOn, 1))).toBe("overdue");
  });
});

describe("reminderGroup", () => {
  const december2025 = { date: "2025-12-01", precision: "MONTH" } as const;

  it("keeps December 2025 due through December 31 and overdue from January 1, 2026", () => {
    expect(group(december2025, "2025-12-31")).toBe("due30");
    expect(group(december2025, "2026-01-01")).toBe("overdue");
    expect(group(december2025, "2026-11-28")).toBe("overdue");
  });

  it("puts a deadline in the window of the days left to its due day", () => {
    expect(group(december2025, "2025-12-01")).toBe("due30"); // 30 days left
    expect(group(december2025, "2025-11-30")).toBe("due60"); // 31
    expect(group(december2025, "2025-11-01")).toBe("due60"); // 60
    expect(group(december2025, "2025-10-31")).toBe("due90"); // 61
    expect(group(december2025, "2025-10-02")).toBe("due90"); // 90
    expect(group(december2025, "2025-10-01")).toBeNull(); // 91
  });

  it("counts February 29 as a day", () => {
    expect(group(day("2024-03-03"), "2024-02-01")).toBe("due60"); // 31 days in a leap year
    expect(group(day("2025-03-03"), "2025-02-01")).toBe("due30"); // 30 days in a common year
    expect(group(day("2024-02-29"), "2024-03-01")).toBe("overdue");
  });

  it("never calls a deadline of a completed or discontinued commitment overdue or due", () => {
    for (const status of ["COMPLETED", "DISCONTINUED"] as const) {
      expect(reminderGroup(december2025, status, "2026-11-28")).toBeNull();
      expect(reminderGroup(december2025, status, "2025-12-15")).toBeNull();
    }
    expect(reminderGroup(december2025, "AT_RISK", "2026-11-28")).toBe("overdue");
    expect(reminderGroup(december2025, "PARTLY_COMPLETED", "2026-11-28")).toBe("overdue");
  });

  it("ends a fiscal year on September 30, the year it is named by", () => {
    const fy2025 = { date: "2024-10-01", precision: "FISCAL_YEAR" } as const;
    expect(group(fy2025, "2025-09-30")).toBe("due30");
    expect(group(fy2025, "2025-10-01")).toBe("overdue");
    expect(group(fy2025, "2025-07-02")).toBe("due90");
  });

  it("agrees day by day with the ranges the queries use", () => {
    const today = "2024-02-10";
    for (let offset = -40; offset <= 120; offset += 1) {
      const dueOn = addDays(today, offset);
      const inRange = REMINDER_GROUPS.filter((candidate) => {
        const { from, to } = reminderDueRange(candidate, today);
        return (from === null || dueOn >= from) && dueOn <= to;
      });
      expect(inRange.length, dueOn).toBeLessThanOrEqual(1);
      expect(group(day(dueOn), today), dueOn).toBe(inRange[0] ?? null);
    }
  });
});

describe("reminderDueRange", () => {
  it("gives inclusive day ranges from today, with no start for the overdue group", () => {
    expect(reminderDueRange("overdue", "2026-03-01")).toEqual({ from: null, to: "2026-02-28" });
    expect(reminderDueRange("due30", "2026-03-01")).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    expect(reminderDueRange("due60", "2026-03-01")).toEqual({ from: "2026-04-01", to: "2026-04-30" });
    expect(reminderDueRange("due90", "2026-03-01")).toEqual({ from: "2026-05-01", to: "2026-05-30" });
  });
});

describe("today depends on the time zone", () => {
  // 03:30 UTC on January 1, 2026 is still December 31 in New York and already January 1 in UTC and Tokyo.
  const instant = new Date("2026-01-01T03:30:00Z");
  const december2025 = { date: "2025-12-01", precision: "MONTH" } as const;

  it("keeps December 2025 due in New York while it is overdue in UTC", () => {
    expect(todayIn("America/New_York", instant)).toBe("2025-12-31");
    expect(group(december2025, todayIn("America/New_York", instant))).toBe("due30");
    expect(todayIn("UTC", instant)).toBe("2026-01-01");
    expect(group(december2025, todayIn("UTC", instant))).toBe("overdue");
  });

  it("turns the day at local midnight, daylight saving time or not", () => {
    expect(startOfDayIn("2026-01-15", "America/New_York").toISOString()).toBe("2026-01-15T05:00:00.000Z");
    expect(startOfDayIn("2026-07-15", "America/New_York").toISOString()).toBe("2026-07-15T04:00:00.000Z");
    // The day clocks go forward (March 8, 2026) and back (November 1, 2026) in New York.
    expect(startOfDayIn("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfDayIn("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(startOfDayIn("2026-11-01", "America/New_York").toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(startOfDayIn("2026-11-02", "America/New_York").toISOString()).toBe("2026-11-02T05:00:00.000Z");
    expect(startOfDayIn("2026-01-15", "Asia/Tokyo").toISOString()).toBe("2026-01-14T15:00:00.000Z");
    expect(startOfDayIn("2026-01-15", "UTC").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfDayIn("2024-02-29", "Asia/Kolkata").toISOString()).toBe("2024-02-28T18:30:00.000Z");
  });
});

describe("quietBefore", () => {
  it("makes a commitment last updated N days ago (as the zone's calendar reads) quiet, and one N-1 days ago not", () => {
    const before = quietBefore("2026-11-28", 90, "America/New_York");
    // November 28 minus 89 days is August 31: an update on that day (local time) keeps the commitment off the list.
    expect(before.toISOString()).toBe("2026-08-31T04:00:00.000Z");
    expect(new Date("2026-08-31T03:59:59Z") < before).toBe(true); // 23:59:59 on August 30 in New York: quiet
    expect(new Date("2026-08-31T04:00:00Z") < before).toBe(false);
  });

  it("with 1 day, lists everything not updated today", () => {
    expect(quietBefore("2026-11-28", 1, "UTC").toISOString()).toBe("2026-11-28T00:00:00.000Z");
  });
});

describe("snoozeUntilProblem", () => {
  it("takes a day from tomorrow up to a year ahead", () => {
    expect(snoozeUntilProblem("2026-11-29", "2026-11-28")).toBeNull();
    expect(snoozeUntilProblem("2027-11-29", "2026-11-28")).toBeNull();
    expect(snoozeUntilProblem("2026-11-28", "2026-11-28")).toMatch(/after today/);
    expect(snoozeUntilProblem("2025-01-01", "2026-11-28")).toMatch(/after today/);
    expect(snoozeUntilProblem("2027-11-30", "2026-11-28")).toMatch(/at most a year/);
  });
});
