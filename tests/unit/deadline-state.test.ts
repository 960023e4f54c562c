import { describe, expect, it } from "vitest";
import { addDays, daysBetween, parseCalendarDate, todayIn } from "@/lib/domain/calendar-date";
import { deadlineState, describeDaysLeft, timeLeft } from "@/lib/domain/deadline-state";
import { nextDeadline } from "@/lib/domain/next-deadline";

const december2025 = { date: "2025-12-01", precision: "MONTH" as const };

describe("deadlineState follows the deadline's precision", () => {
  it("keeps a month deadline open through its last day", () => {
    expect(deadlineState(december2025, "2025-12-31")).toMatchObject({ kind: "due", daysLeft: 0, label: "due today" });
  });

  it("passes a month deadline when the next month begins", () => {
    expect(deadlineState(december2025, "2026-01-01")).toMatchObject({ kind: "passed", daysOverdue: 1 });
  });

  it("counts the days left to the end of the period", () => {
    expect(deadlineState(december2025, "2025-12-01")).toMatchObject({ kind: "due", daysLeft: 30 });
    expect(deadlineState({ date: "2025-01-01", precision: "YEAR" }, "2025-06-30")).toMatchObject({ daysLeft: 184 });
  });

  it("ends a fiscal year on September 30", () => {
    const fy2024 = { date: "2023-10-01", precision: "FISCAL_YEAR" as const };
    expect(deadlineState(fy2024, "2024-09-30").kind).toBe("due");
    expect(deadlineState(fy2024, "2024-10-01").kind).toBe("passed");
  });

  it("never calls a deadline of a completed or discontinued commitment passed", () => {
    expect(deadlineState(december2025, "2026-11-28", "COMPLETED").kind).toBe("met");
    expect(deadlineState(december2025, "2026-11-28", "DISCONTINUED").kind).toBe("met");
    expect(deadlineState(december2025, "2026-11-28", "AT_RISK").kind).toBe("passed");
  });

  it("says so when there is no deadline", () => {
    expect(deadlineState(null, "2026-11-28")).toEqual({ kind: "none", label: "no deadline" });
  });
});

describe("describeDaysLeft", () => {
  it.each([
    [0, "due today"],
    [1, "due tomorrow"],
    [12, "in 12 days"],
    [44, "in 44 days"],
    [92, "in 3 months"],
    [400, "in 13 months"],
    [800, "in 2 years"],
  ])("%i days reads %s", (days, text) => {
    expect(describeDaysLeft(days)).toBe(text);
  });
});

describe("calendar arithmetic", () => {
  it("crosses month ends and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  it("refuses days that are not in the calendar", () => {
    expect(() => parseCalendarDate("2025-02-29")).toThrow(/not a day/);
    expect(() => parseCalendarDate("2025-13-01")).toThrow(/not a day/);
    expect(() => parseCalendarDate("December 2025")).toThrow(/not a YYYY-MM-DD/);
  });

  it("takes today's date in the stated time zone", () => {
    const instant = new Date("2026-01-01T03:30:00Z");
    expect(todayIn("UTC", instant)).toBe("2026-01-01");
    expect(todayIn("America/New_York", instant)).toBe("2025-12-31");
    expect(todayIn("Asia/Tokyo", instant)).toBe("2026-01-01");
  });
});

describe("nextDeadline", () => {
  const items = [
    { kind: "REFERENCE" as const, date: "2027-01-01", precision: "DAY" as const },
    { kind: "DEADLINE" as const, date: "2025-04-01", precision: "MONTH" as const },
    { kind: "MILESTONE" as const, date: "2026-01-01", precision: "YEAR" as const },
  ];

  it("picks the soonest deadline still open, ignoring reference dates", () => {
    expect(nextDeadline(items, "2025-05-01")?.date).toBe("2026-01-01");
  });

  it("falls back to the one most recently passed", () => {
    expect(nextDeadline(items, "2027-06-01")?.date).toBe("2026-01-01");
  });

  it("returns null when there is none", () => {
    expect(nextDeadline([items[0]!], "2025-01-01")).toBeNull();
  });
});

describe("time left, at the switch from days to months", () => {
  it("counts 44 days in days and 45 in months", () => {
    expect(timeLeft(44)).toEqual({ unit: "days", count: 44 });
    expect(timeLeft(45)).toEqual({ unit: "months", count: 1 });
  });

  it("labels a deadline past its due day as passed", () => {
    expect(deadlineState({ date: "2025-12-01", precision: "DAY" }, "2025-12-02").label).toBe("passed");
  });
});
