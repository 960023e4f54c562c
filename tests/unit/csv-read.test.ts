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
    ["a file not named .csv", () => read("key,version\n", "commitments.xlsx"), /is not a CSV file/],
    ["a workbook renamed .csv", () => read(Buffer.from("PK\x03\x04rest", "latin1")), /spreadsheet workbook, not CSV/],
    ["a binary file", () => read(Buffer.from([0x6b, 0x00, 0x01])), /binary file/],
    ["Windows-1252 text", () => read(Buffer.from("key,version,title\na,1,Bogot\xe1\n", "latin1")), /not UTF-8 text \(first at line 2\)/],
    ["a missing required column", () => read("key,title\na,b\n"), /the required column "version" is missing/],
    ["an unknown column", () => read("key,version,statuss\n"), /"statuss" is not a column of the export/],
    ["a column twice", () => read("key,version,key\n"), /the column "key" appears twice/],
    ["a quote never closed", () => read('key,version\na,"1\n'), /cannot be read as CSV at line 2: a quoted cell is never closed/],
    ["an empty file", () => read(""), /is empty/],
    ["a file over the limit", () => read(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61)), /larger than 5 MB/],
  ])("refuses %s with a plain message", (_what, reading, message) => {
    // Read inside the test: Stryker switches a mutant on per test, so a file read while this file loads never has one.
    const result = reading();
    expect(result.ok).toBe(false);
    expect(refusal(result)).toMatch(message);
  });

  it("says each refusal in full, naming the file and what to do", () => {
    expect(refusal(read("key,version\n", "plan.xlsx"))).toBe('"plan.xlsx" is not a CSV file: in the spreadsheet, save it as ' +
      '"CSV UTF-8 (comma delimited)" (.csv).');
    expect(read("key,version\na,1\n", "UPPER.CSV").ok).toBe(true);
    expect(refusal(read(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0x61]), "old.csv"))).toBe('"old.csv" is a spreadsheet workbook, ' +
      'not CSV: save it as "CSV UTF-8 (comma delimited)".');
    expect(refusal(read(Buffer.from([0x6b, 0x00]), "b.csv"))).toBe('"b.csv" is a binary file, not CSV text.');
    expect(refusal(read(Buffer.from("key,version\na,1\nb,\xe1\n", "latin1"), "w.csv"))).toBe('"w.csv" is not UTF-8 text ' +
      '(first at line 3): save it as "CSV UTF-8", not as "CSV (comma delimited)", so that letters such as á and ñ survive.');
    expect(refusal(read(Buffer.from("\xe1,version\n", "latin1"), "w.csv"))).toMatch(/\(first at line 1\)/);
    expect(refusal(read("", "e.csv"))).toBe('"e.csv" is empty.');
    expect(refusal(read(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61), "big.csv"))).toBe('"big.csv" is larger than 5 MB: import it in parts.');
    expect(read(`key,version\n${"a".repeat(MAX_IMPORT_BYTES - 14)},\n`).ok).toBe(true);
  });

  it("lists every problem of the header in one message", () => {
    expect(refusal(read("key,key,statuss\n", "h.csv"))).toBe('"h.csv": line 1 (the header): the column "key" appears twice; ' +
      '"statuss" is not a column of the export; the required column "version" is missing.');
    // Header cells are read like any cell: trimmed, and with the export's formula guard undone.
    expect(read(" key , version \na,1\n")).toMatchObject({ ok: true, columns: ["key", "version"] });
  });

  it("names the parser's problem in plain words, with its line", () => {
    expect(refusal(read('key,version\na,b"c\n', "q.csv"))).toBe('"q.csv" cannot be read as CSV at line 2: a " stands inside ' +
      'a cell that is not quoted; quote the cell and double the ".');
    expect(refusal(read('key,version\na,"b"c\n', "q.csv"))).toBe('"q.csv" cannot be read as CSV at line 2: a " inside a ' +
      'quoted cell must be doubled ("").');
  });

  it("numbers rows by the line they start on, past blank lines and quoted line breaks, the last without a line end", () => {
    const result = read('key,version\n\n\na,"1\n2"\n\nb,3\n\nc,4');
    expect(result.ok && result.records.map((record) => [record.line, record.cells.key])).toEqual([[4, "a"], [7, "b"], [9, "c"]]);
    expect(read("key;version\na;1").ok && read("key;version\na;1")).toMatchObject({ separator: ";",
      records: [{ cells: { key: "a", version: "1" } }] });
    // A header with both takes the comma, as the export writes it.
    expect(refusal(read("key;version,title\n"))).toMatch(/"key;version" is not a column of the export/);
  });

  it("keeps a row whose cell count differs from the header's, with its width, for the row's own error", () => {
    const result = read("key,version\na,1,extra\n");
    expect(result.ok && result.records[0]).toEqual({ line: 2, width: 3, cells: { key: "a", version: "1" } });
  });
});

describe("reading an uploaded CSV, at the edges the core mutation run found", () => {
  it("refuses a name that only has .csv inside it", () => {
    expect(refusal(read("key,version\n", "plan.csv.xlsx"))).toMatch(/is not a CSV file/);
  });

  it("keeps a row with some empty cells, and gives a short row's missing cells as empty", () => {
    const result = read("key,version,title\na,,x\nb,2\n");
    expect(result.ok && result.records.map((record) => record.cells)).toEqual([
      { key: "a", version: "", title: "x" },
      { key: "b", version: "2", title: "" },
    ]);
  });

  it("counts a row with any cell filled toward the cap", () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, index) => `k${index},,\n`).join("");
    expect(refusal(read(`key,version,title\n${rows}`))).toMatch(/has more than 10,000 rows/);
  });

  it("reads a file of one column with commas, not semicolons", () => {
    const result = readCsvFile({ name: "keys.csv", bytes: Buffer.from("key\na\n") }, { known: ["key"], required: ["key"] });
    expect(result).toMatchObject({ ok: true, separator: ",", records: [{ cells: { key: "a" } }] });
  });
});
