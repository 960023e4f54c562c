import { execFileSync } from "node:child_process";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { decodeCsvCell, encodeCsvCell, encodeCsvRow, UTF8_BOM } from "@/lib/domain/csv-encode";

const TRICKY = [
  'Commas, "quotes",\na line break, =HYPERLINK("http://evil.example","click") and Bogotá, Perú',
  '=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=already guarded by hand", "''+two", "'plain",
  "plain", "", "a\r\nb", "ends with a quote\"",
];

describe("CSV encoding (RFC 4180)", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes, and ends rows with CRLF", () => {
    expect(encodeCsvRow(["plain", "a,b", 'say "hi"', "two\nlines", null, 42])).toBe(
      'plain,"a,b","say ""hi""","two\nlines",,42\r\n');
  });

  it.each(['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"])("neutralises %j with one apostrophe", (text) => {
    const cell = encodeCsvCell(text).replace(/^"/, "");
    expect(cell.startsWith("'")).toBe(true);
    expect(cell.slice(1).startsWith(text.slice(0, 1))).toBe(true);
  });

  it("gives every text back exactly through a real CSV parser and the decoder, apostrophes typed by hand included", () => {
    const file = UTF8_BOM + encodeCsvRow(TRICKY.map((_, index) => `c${index}`)) + encodeCsvRow(TRICKY);
    const [header, row] = parse(file, { bom: true }) as string[][];
    expect(header).toHaveLength(TRICKY.length);
    expect(row!.map(decodeCsvCell)).toEqual(TRICKY);
    expect(row!.every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
  });

  it("quotes a lone carriage return, which a strict reader (Python's csv module) takes as the end of a record", () => {
    const texts = ["before\rafter", "ends with CR\r", "a\r\nb", "plain"];
    const file = encodeCsvRow(texts) + encodeCsvRow(["second", "row", "", ""]);
    const strict = execFileSync("python3", ["-c",
      "import csv, io, json, sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline=''), strict=True))))"],
    { input: file, encoding: "utf8" });
    expect(JSON.parse(strict)).toEqual([texts, ["second", "row", "", ""]]);
    expect(parse(file)).toEqual([texts, ["second", "row", "", ""]]);
  });

  it("leaves other text, numbers and an apostrophe before a letter alone", () => {
    expect(encodeCsvCell("Bogotá")).toBe("Bogotá");
    expect(decodeCsvCell("'quoted by hand")).toBe("'quoted by hand");
    expect(encodeCsvCell(-5)).toBe("-5");
  });
});
