import { describe, expect, it } from "vitest";
import {
  fiscalYear, formatDeadlineDate, formatPreciseDate, periodEnd, periodStart,
} from "@/lib/domain/date-precision";
import { formatMoney, formatNumber } from "@/lib/domain/format-number";

describe("formatPreciseDate shows a date as the source wrote it", () => {
  it.each([
    [{ date: "2025-12-01", precision: "MONTH" as const }, "December 2025"],
    [{ date: "2025-04-01", precision: "MONTH" as const }, "April 2025"],
    [{ date: "2024-09-15", precision: "DAY" as const }, "September 15, 2024"],
    [{ date: "2025-01-01", precision: "YEAR" as const }, "2025"],
    [{ date: "2025-07-01", precision: "QUARTER" as const }, "Q3 2025"],
    [{ date: "2023-10-01", precision: "FISCAL_YEAR" as const }, "Fiscal year 2024"],
  ])("%o reads %s", (input, expected) => {
    expect(formatPreciseDate(input)).toBe(expected);
  });
});

describe("formatPreciseDate in Spanish says the same period the way a Spanish reader writes it", () => {
  it.each([
    [{ date: "2025-12-01", precision: "MONTH" as const }, "diciembre de 2025"],
    [{ date: "2024-09-15", precision: "DAY" as const }, "15 de septiembre de 2024"],
    [{ date: "2025-01-01", precision: "YEAR" as const }, "2025"],
    [{ date: "2025-07-01", precision: "QUARTER" as const }, "tercer trimestre de 2025"],
    [{ date: "2023-10-01", precision: "FISCAL_YEAR" as const }, "año fiscal 2024"],
    [{ date: "0099-03-01", precision: "MONTH" as const }, "marzo de 99"],
  ])("%o reads %s", (input, expected) => {
    expect(formatPreciseDate(input, "es")).toBe(expected);
  });

  it("says a deadline as the end of its period: hasta diciembre de 2025, hasta el año fiscal 2024", () => {
    expect(formatDeadlineDate({ date: "2025-12-01", precision: "MONTH" }, "es")).toBe("hasta diciembre de 2025");
    expect(formatDeadlineDate({ date: "2023-10-01", precision: "FISCAL_YEAR" }, "es")).toBe("hasta el año fiscal 2024");
    expect(formatDeadlineDate({ date: "2025-12-01", precision: "MONTH" })).toBe("by December 2025");
    expect(formatDeadlineDate({ date: "2023-10-01", precision: "FISCAL_YEAR" })).toBe("by fiscal year 2024");
  });
});

describe("periodEnd is the last day a deadline can still be met", () => {
  it.each([
    ["2025-12-01", "MONTH", "2025-12-31"],
    ["2025-02-01", "MONTH", "2025-02-28"],
    ["2024-02-01", "MONTH", "2024-02-29"],
    ["2000-02-01", "MONTH", "2000-02-29"],
    ["1900-02-01", "MONTH", "1900-02-28"],
    ["2025-04-01", "MONTH", "2025-04-30"],
    ["2025-01-01", "YEAR", "2025-12-31"],
    ["2025-05-20", "QUARTER", "2025-06-30"],
    ["2025-10-01", "QUARTER", "2025-12-31"],
    ["2023-10-01", "FISCAL_YEAR", "2024-09-30"],
    ["2024-09-30", "FISCAL_YEAR", "2024-09-30"],
    ["2024-10-01", "FISCAL_YEAR", "2025-09-30"],
    ["2024-09-15", "DAY", "2024-09-15"],
  ] as const)("%s at %s precision ends on %s", (date, precision, end) => {
    expect(periodEnd(date, precision)).toBe(end);
  });
});

describe("periodStart", () => {
  it("normalises any day to the first day of its period", () => {
    expect(periodStart("2025-12-17", "MONTH")).toBe("2025-12-01");
    expect(periodStart("2025-08-17", "QUARTER")).toBe("2025-07-01");
    expect(periodStart("2025-08-17", "YEAR")).toBe("2025-01-01");
    expect(periodStart("2024-03-02", "FISCAL_YEAR")).toBe("2023-10-01");
    expect(periodStart("2024-11-02", "FISCAL_YEAR")).toBe("2024-10-01");
  });
});

describe("fiscalYear", () => {
  it("names the US fiscal year by the year it ends in", () => {
    expect(fiscalYear(2023, 10)).toBe(2024);
    expect(fiscalYear(2024, 9)).toBe(2024);
    expect(fiscalYear(2024, 10)).toBe(2025);
  });
});

describe("numbers and money as a reader of the language writes them", () => {
  it("groups thousands by the language's habit and names large amounts in words", () => {
    expect(formatNumber(25500, "es")).toBe("25.500");
    expect(formatNumber(25500)).toBe("25,500");
    expect(formatMoney(686_000_000, "USD", "es")).toBe("US$686 millones");
    expect(formatMoney(686_000_000, "USD")).toBe("$686 million");
  });
});

describe("dates at the edges the core mutation run found", () => {
  it("names the quarter a date falls in, its last month included", () => {
    expect(formatPreciseDate({ date: "2025-03-01", precision: "QUARTER" })).toBe("Q1 2025");
    expect(formatPreciseDate({ date: "2025-04-01", precision: "QUARTER" })).toBe("Q2 2025");
  });

  it("says a quarter's deadline in Spanish with the article, a month's without", () => {
    expect(formatDeadlineDate({ date: "2025-04-01", precision: "QUARTER" }, "es")).toBe("hasta el segundo trimestre de 2025");
    expect(formatDeadlineDate({ date: "2025-04-01", precision: "MONTH" }, "es")).toBe("hasta abril de 2025");
  });

  it("starts a day's period on that day", () => {
    expect(periodStart("2025-06-15", "DAY")).toBe("2025-06-15");
  });
});
