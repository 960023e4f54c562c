import { describe, expect, it } from "vitest";
import { decodeCsvCell, encodeCsvCell, encodeCsvRow } from "@/lib/domain/csv-encode";

describe("CSV encoding (RFC 4180)", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes", () => {
    expect(encodeCsvRow(["plain", "a,b", 'say "hi"', "two\nlines", null, 42])).toBe(
      'plain,"a,b","say ""hi""","two\nlines",,42\r\n');
  });

  it.each(["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])("neutralises %j and gives it back", (text) => {
    const cell = encodeCsvCell(text);
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
    expect(decodeCsvCell(unquoted)).toBe(text);
  });

  it("leaves other text, and an apostrophe the user typed, alone", () => {
    expect(encodeCsvCell("Bogotá")).toBe("Bogotá");
    expect(decodeCsvCell("'quoted by hand")).toBe("'quoted by hand");
    expect(encodeCsvCell(-5)).toBe("-5");
  });
});
