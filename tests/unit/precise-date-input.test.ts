import { describe, expect, it } from "vitest";
import { parsePreciseDateInput, preciseDateInputValue } from "@/lib/domain/precise-date-input";

describe("parsePreciseDateInput", () => {
  it.each([
    ["2026-06", "MONTH", "2026-06-01"],
    ["2026-06-30", "DAY", "2026-06-30"],
    ["2024-02-29", "DAY", "2024-02-29"],
    ["2026-q2", "QUARTER", "2026-04-01"],
    ["2026", "YEAR", "2026-01-01"],
    ["FY2026", "FISCAL_YEAR", "2025-10-01"],
    [" fy 2024 ", "FISCAL_YEAR", "2023-10-01"],
  ] as const)("reads %s at %s precision as the period starting %s", (text, precision, date) => {
    expect(parsePreciseDateInput(text, precision)).toEqual({ ok: true, date });
  });

  it.each([
    ["June 2026", "MONTH", "Write the date as YYYY-MM, e.g. 2026-06."],
    ["2026-13", "MONTH", "Write the date as YYYY-MM, e.g. 2026-06."],
    ["2025-02-29", "DAY", "2025-02-29 is not a day of the calendar."],
    ["2026-Q5", "QUARTER", "Write the date as YYYY-Qn, e.g. 2026-Q2."],
  ] as const)("refuses %s at %s precision with a message that says how to write it", (text, precision, error) => {
    expect(parsePreciseDateInput(text, precision)).toEqual({ ok: false, error });
  });

  it.each([
    ["0050-06-30", "DAY", "0050-06-30"],
    ["0001-01-01", "DAY", "0001-01-01"],
    ["0099", "YEAR", "0099-01-01"],
    ["0004-02-29", "DAY", "0004-02-29"],
    ["FY0002", "FISCAL_YEAR", "0001-10-01"],
    ["9999-12-31", "DAY", "9999-12-31"],
  ] as const)("keeps the year of %s as typed, never as 19xx", (text, precision, date) => {
    expect(parsePreciseDateInput(text, precision)).toEqual({ ok: true, date });
  });

  it.each([
    ["0000-01-01", "DAY"],
    ["0000-06", "MONTH"],
    ["0000-Q1", "QUARTER"],
    ["0000", "YEAR"],
    ["FY0000", "FISCAL_YEAR"],
    ["FY0001", "FISCAL_YEAR"],
  ] as const)("refuses %s by name: the calendar has no year 0000", (text, precision) => {
    expect(parsePreciseDateInput(text, precision)).toEqual({ ok: false,
      error: `${text} is outside the years the tracker can store (0001 to 9999).` });
  });

  it("knows 0100 was not a leap year and 0004 was", () => {
    expect(parsePreciseDateInput("0100-02-29", "DAY")).toEqual({ ok: false, error: "0100-02-29 is not a day of the calendar." });
    expect(parsePreciseDateInput("0004-02-29", "DAY").ok).toBe(true);
  });

  it("writes back what it reads", () => {
    for (const [text, precision] of [["2026-06", "MONTH"], ["2026-Q3", "QUARTER"], ["2026", "YEAR"],
      ["FY2025", "FISCAL_YEAR"], ["2026-06-30", "DAY"]] as const) {
      const parsed = parsePreciseDateInput(text, precision);
      expect(parsed.ok && preciseDateInputValue(parsed.date, precision)).toBe(text);
    }
  });
});

describe("typed dates the core mutation run found untested", () => {
  it("refuses a day whose month or day is out of the calendar, naming the text as typed without its spaces", () => {
    expect(parsePreciseDateInput(" 2025-13-01 ", "DAY")).toEqual({ ok: false, error: "2025-13-01 is not a day of the calendar." });
    expect(parsePreciseDateInput("2025-00-10", "DAY")).toEqual({ ok: false, error: "2025-00-10 is not a day of the calendar." });
    expect(parsePreciseDateInput("2025-01-00", "DAY")).toEqual({ ok: false, error: "2025-01-00 is not a day of the calendar." });
  });

  it("takes months 01 to 12 and no other", () => {
    expect(parsePreciseDateInput("2025-01", "MONTH")).toEqual({ ok: true, date: "2025-01-01" });
    expect(parsePreciseDateInput("2025-12", "MONTH")).toEqual({ ok: true, date: "2025-12-01" });
    for (const text of ["2025-00", "2025-13"]) expect(parsePreciseDateInput(text, "MONTH").ok, text).toBe(false);
  });

  it("shows the quarter a stored date falls in, its last month included", () => {
    expect(["2025-01-01", "2025-03-31", "2025-04-01", "2025-12-31"].map((date) => preciseDateInputValue(date, "QUARTER")))
      .toEqual(["2025-Q1", "2025-Q1", "2025-Q2", "2025-Q4"]);
  });
});
