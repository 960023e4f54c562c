import { describe, expect, it } from "vitest";
import { readCsvFile } from "@/lib/domain/csv-read";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/domain/import-limit";

const header = { known: ["key", "version", "title", "status"], required: ["key", "version"] };
const read = (text: string | Buffer, name = "commitments-2026-11-28.csv") =>
  readCsvFile({ name, bytes: typeof text === "string" ? Buffer.from(text, "utf8") : text }, header);
const refusal = (result: ReturnType<typeof read>) => (result.ok ? "" : result.message);

describe("reading an uploaded CSV", () => {
  it("reads rows with their first line, across quoted line breaks, empty lines and a byte-order mark", () => {
    const result = read('\uFEFFkey,version,title\r\na,1,"two\r\nlines"\r\n\r\nb,2,\'=SUM(1)\r\n,,\r\n');
    expect(result.ok && result.columns).toEqual(["key", "version", "title"]);
    expect(result.ok && result.records).toEqual([
      { line: 2, width: 3, cells: { key: "a", version: "1", title: "two\r\nlines" } },
      { line: 5, width: 3, cells: { key: "b", version: "2", title: "=SUM(1)" } },
    ]);
  });

  it("reads a file a spreadsheet saved with semicolons, quoted cells included, and says so", () => {
    const result = read('key;version;title\r\na;1;"Perú; Bogotá, and ""quotes"""\r\nb;2;plain\r\n');
    expect(result.ok && result.separator).toBe(";");
    expect(result.ok && result.records.map((record) => record.cells)).toEqual([
      { key: "a", version: "1", title: 'Perú; Bogotá, and "quotes"' },
      { key: "b", version: "2", title: "plain" },
    ]);
    expect(read("key,version,title\na,1,x;y\n")).toMatchObject({ ok: true, separator: "," });
  });

  it("takes as many rows as the cap, and past it stops reading and names the cap", () => {
    const rows = (count: number) => Array.from({ length: count }, (_, index) => `k${index},1,t\n`).join("");
    const full = read(`key,version,title\n${rows(MAX_IMPORT_ROWS)},,\n\n`);
    expect(full.ok && full.records).toHaveLength(MAX_IMPORT_ROWS);
    // A quote never closed after the cap: reading on would report it, so the refusal proves the rest was not read.
    const over = read(`key,version,title\n${rows(MAX_IMPORT_ROWS + 1)}x,1,"never closed\n`);
    expect(refusal(over)).toBe(`"commitments-2026-11-28.csv" has more than 10,000 rows: an import takes at most 10,000 ` +
      `rows. Import it in parts, for example one country at a time. The file was not read past line ${MAX_IMPORT_ROWS + 2}.`);
  });

  it.each([
    ["a file not named .csv", read("key,version\n", "commitments.xlsx"), /is not a CSV file/],
    ["a workbook renamed .csv", read(Buffer.from("PK\x03\x04rest", "latin1")), /spreadsheet workbook, not CSV/],
    ["a binary file", read(Buffer.from([0x6b, 0x00, 0x01])), /binary file/],
    ["Windows-1252 text", read(Buffer.from("key,version,title\na,1,Bogot\xe1\n", "latin1")), /not UTF-8 text \(first at line 2\)/],
    ["a missing required column", read("key,title\na,b\n"), /the required column "version" is missing/],
    ["an unknown column", read("key,version,statuss\n"), /"statuss" is not a column of the export/],
    ["a column twice", read("key,version,key\n"), /the column "key" appears twice/],
    ["a quote never closed", read('key,version\na,"1\n'), /cannot be read as CSV at line 2: a quoted cell is never closed/],
    ["an empty file", read(""), /is empty/],
    ["a file over the limit", read(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61)), /larger than 5 MB/],
  ])("refuses %s with a plain message", (_what, result, message) => {
    expect(result.ok).toBe(false);
    expect(refusal(result)).toMatch(message);
  });

  it("keeps a row whose cell count differs from the header's, with its width, for the row's own error", () => {
    const result = read("key,version\na,1,extra\n");
    expect(result.ok && result.records[0]).toEqual({ line: 2, width: 3, cells: { key: "a", version: "1" } });
  });
});
