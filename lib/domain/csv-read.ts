import { CsvError, parse, type InfoRecord } from "csv-parse/sync";
import { decodeCsvCell } from "./csv-encode";
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL, MAX_IMPORT_ROWS } from "./import-limit";
import { IMPORT_FILE_WORDS, type ImportFileWords } from "./import-words";

/** One data row of the file: where it starts (1-based line of the file, the header being line 1) and its cells. */
export type CsvRecord = { line: number; cells: Record<string, string>; width: number };

/** Commas as the export writes them, or semicolons as a spreadsheet saves CSV where the comma is the decimal mark. */
export type CsvSeparator = "," | ";";

export type CsvFile =
  | { ok: true; columns: string[]; records: CsvRecord[]; separator: CsvSeparator }
  | { ok: false; message: string };

const refuse = (message: string): CsvFile => ({ ok: false, message });
/** .xlsx and .ods files are zip archives; old .xls files are OLE compound documents. */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The parser's errors that a spreadsheet user can mend, said plainly; any other is shown as the parser words it. */
const PARSER_MESSAGES: Record<string, "quoteNotClosed" | "openingQuote" | "closingQuote"> = {
  CSV_QUOTE_NOT_CLOSED: "quoteNotClosed",
  INVALID_OPENING_QUOTE: "openingQuote",
  CSV_INVALID_CLOSING_QUOTE: "closingQuote",
};

/**
 * Reads an uploaded file as the CSV the export writes, or says in plain words why it is not: not a .csv, a
 * spreadsheet workbook, not UTF-8, unreadable quoting, or a header without the required columns. Cells come back
 * with the export's formula guard undone (lib/domain/csv-encode.ts). Refusals are in the admin's words.
 */
export function readCsvFile(file: { name: string; bytes: Uint8Array }, header: {
  known: readonly string[];
  required: readonly string[];
}, words: ImportFileWords["read"] = IMPORT_FILE_WORDS.read): CsvFile {
  const { name } = file;
  let bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  if (bytes.length > MAX_IMPORT_BYTES) return refuse(words.tooLarge(name, MAX_IMPORT_LABEL));
  if (!/\.csv$/i.test(name)) return refuse(words.notCsv(name));
  const signature = bytes.subarray(0, 4);
  if (signature.equals(ZIP_SIGNATURE) || signature.equals(OLE_SIGNATURE)) return refuse(words.workbook(name));
  if (bytes.includes(0)) return refuse(words.binary(name));
  const invalidAt = firstInvalidUtf8Line(bytes);
  if (invalidAt !== null) return refuse(words.notUtf8(name, invalidAt));
  if (bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) bytes = bytes.subarray(3);

  const separator = headerSeparator(bytes);
  const parsed: ParsedRecord[] = [];
  try {
    parse(bytes, { relax_column_count: true, skip_empty_lines: true, delimiter: separator,
      on_record: collectUpToCap(parsed) });
  } catch (error) {
    if (error instanceof TooManyRows) return refuse(words.tooManyRows(name, MAX_IMPORT_ROWS, error.line));
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    const plain = PARSER_MESSAGES[error.code];
    return refuse(words.unreadable(name, line ?? null, plain ? words[plain] : error.message));
  }
  const [head, ...rows] = parsed;
  if (!head) return refuse(words.empty(name));

  const columns = head.record.map((cell) => decodeCsvCell(cell).trim());
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) problems.push(words.columnTwice(column));
    else if (!header.known.includes(column)) problems.push(words.unknownColumn(column));
    seen.add(column);
  }
  for (const column of header.required) if (!seen.has(column)) problems.push(words.missingColumn(column));
  if (problems.length > 0) return refuse(words.header(name, problems));

  const lines = lineCounter(bytes);
  let end = head.info.bytes;
  const records: CsvRecord[] = [];
  for (const { record, info } of rows) {
    const line = lines(end);
    end = info.bytes;
    if (record.every((cell) => cell === "")) continue;
    const cells: Record<string, string> = {};
    columns.forEach((column, index) => (cells[column] = decodeCsvCell(record[index] ?? "")));
    records.push({ line, cells, width: record.length });
  }
  return { ok: true, columns, records, separator };
}

/** A record and the byte offset where it ends. */
type ParsedRecord = { record: string[]; info: { bytes: number } };

/** Thrown from inside the parser, which stops it where it stands: the rows after the cap are never read. */
class TooManyRows extends Error {
  constructor(readonly line: number) {
    super("too many rows");
  }
}

/**
 * Collects records as the parser meets them, counting those with any cell filled (the header included), and stops the
 * parser past the cap. Nothing is handed back to the parser to keep: `into` holds each record once.
 */
function collectUpToCap(into: ParsedRecord[]) {
  let filled = 0;
  return (record: string[], context: InfoRecord): null => {
    if (record.some((cell) => cell !== "")) filled += 1;
    if (filled > MAX_IMPORT_ROWS + 1) throw new TooManyRows(context.lines);
    into.push({ record, info: { bytes: context.bytes } });
    return null;
  };
}

/**
 * The separator, judged on the header line before any parsing: a spreadsheet set to a language whose decimal mark is
 * the comma (Spanish, Portuguese, French) saves "CSV" with semicolons, and parsing that as commas fails on the first
 * quoted cell with a message about quotes. The header names fixed columns, none with a comma or a semicolon in it.
 */
function headerSeparator(bytes: Buffer): CsvSeparator {
  const end = bytes.indexOf(0x0a);
  const header = bytes.subarray(0, end === -1 ? bytes.length : end).toString("utf8");
  return !header.includes(",") && header.includes(";") ? ";" : ",";
}

/** Turns the byte offset where a record begins into its line number, skipping the empty lines before it. */
function lineCounter(bytes: Buffer) {
  let position = 0;
  let line = 1;
  return (offset: number): number => {
    let start = offset;
    while (bytes[start] === 0x0d || bytes[start] === 0x0a) start += 1;
    for (; position < start; position += 1) if (bytes[position] === 0x0a) line += 1;
    return line;
  };
}

/** The line of the first byte sequence that is not UTF-8, or null when the whole file is. */
function firstInvalidUtf8Line(bytes: Buffer): number | null {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return null;
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const at = text.indexOf("\uFFFD");
    return text.slice(0, Math.max(0, at)).split("\n").length;
  }
}
