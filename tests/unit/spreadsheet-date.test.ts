import { describe, expect, it } from "vitest";
import { readSpreadsheetDate } from "@/lib/domain/spreadsheet-date";

describe("reading a date cell a spreadsheet saved", () => {
  it.each([
    ["2025-04-01", "2025-04-01", "YYYY-MM-DD"],
    ["2025/04/01", "2025-04-01", "YYYY/MM/DD"],
    [" 2025/4/1 ", "2025-04-01", "YYYY/MM/DD"],
    ["2024/09/26 00:00:00", "2024-09-26", "timestamp at midnight"],
    ["2024-09-26T00:00:00.000Z", "2024-09-26", "timestamp at midnight"],
    ["31/12/2025", "2025-12-31", "day/month/year"],
    ["12/31/2025", "2025-12-31", "month/day/year"],
    ["05.05.2025", "2025-05-05", "day/month/year"],
  ])("reads %j as %s (%s)", (text, date, form) => {
    expect(readSpreadsheetDate(text)).toEqual({ ok: true, date, form });
  });

  it.each([
    ["01/04/2025", "\"01/04/2025\" could be April 1 or January 4, 2025: write it YYYY-MM-DD (2025-04-01 or 2025-01-04)."],
    ["2024/09/26 18:00:29", "\"2024/09/26 18:00:29\" has a time of day, and a deadline is a day: write the day meant as YYYY-MM-DD."],
    ["1/4/25", "\"1/4/25\" has a two-digit year, which could be of any century: write it YYYY-MM-DD."],
    ["2025/02/30", "\"2025/02/30\" is not a day of the calendar."],
    ["31/31/2025", "\"31/31/2025\" is not a day of the calendar."],
    ["June 2026", "\"June 2026\" is not a date: write it YYYY-MM-DD, such as 2025-12-01."],
  ])("refuses %j, saying why", (text, message) => {
    expect(readSpreadsheetDate(text)).toEqual({ ok: false, message });
  });
});
