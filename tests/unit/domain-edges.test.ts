import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "@/lib/domain/calendar-date";
import { decodeCsvCell, encodeCsvCell } from "@/lib/domain/csv-encode";
import { deadlineState, describeDaysLeft } from "@/lib/domain/deadline-state";

// Edges the mutation run found untested (docs/testing.md): each assertion fails on one surviving mutant.
describe("edges of the domain rules", () => {
  it("writes an absent CSV value as an empty cell and leaves an unguarded formula-like import cell alone", () => {
    expect(encodeCsvCell(undefined)).toBe("");
    expect(encodeCsvCell(null)).toBe("");
    expect(decodeCsvCell("=1+1")).toBe("=1+1");
    expect(decodeCsvCell("'=1+1")).toBe("=1+1");
  });

  it("refuses a month or a day outside the calendar", () => {
    for (const value of ["2026-00-10", "2026-13-01", "2026-01-00", "2026-02-29", "2026-04-31"]) {
      expect(() => parseCalendarDate(value)).toThrow("is not a day of the calendar");
    }
    expect(parseCalendarDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it("says months up to 17 and years from 18 months on", () => {
    expect(describeDaysLeft(517)).toBe("in 17 months");
    expect(describeDaysLeft(548)).toBe("in 2 years");
  });

  it("labels a missing deadline and one of a closed commitment", () => {
    expect(deadlineState(null, "2026-01-01").label).toBe("no deadline");
    expect(deadlineState({ date: "2025-12-01", precision: "MONTH" }, "2026-01-01", "COMPLETED").label).toBe("closed");
  });
});
