/**
 * RFC 4180 CSV: comma separated, CRLF line ends, a field quoted when it holds a comma, quote or line break, quotes
 * doubled, and also when it holds a semicolon or a tab: a spreadsheet whose list separator is `;` (most of Latin America
 * and Europe) or that splits on tabs would otherwise cut the cell there. The files start with a UTF-8 byte-order
 * mark, without which Excel reads "Bogotá" as Windows-1252.
 *
 * Formula guard: a text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is
 * written with one apostrophe in front, which Excel and LibreOffice show as text. Each piece that follows a `;` or a
 * tab is guarded the same way, in case a program splits there anyway. So that the guard can be undone exactly, a
 * piece that already starts with apostrophes followed by such a character gets one apostrophe more: on import,
 * `decodeCsvCell` takes exactly one apostrophe off each piece of that shape, and leaves every other piece alone.
 */
export const UTF8_BOM = "\uFEFF";
const GUARDED = /^'*[=+\-@\t\r]/;
/** Splits a text into the pieces a spreadsheet might make of it, each separator kept at the end of its piece. */
const PIECES = /(?<=[;\t])/;

export type CsvValue = string | number | boolean | null | undefined;

export function encodeCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // Numbers are written by the exporter itself (a version, a count) and are never formulas, "-5" included.
  if (typeof value === "string") text = guardFormulas(text);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const NEEDS_QUOTES = /[",\r\n;\t]/;
const SEPARATOR = /[;\t]/;

function guardFormulas(text: string): string {
  // Most cells hold no separator, so they are one piece: no split, no array (a million-row export has ten million cells).
  if (!SEPARATOR.test(text)) return GUARDED.test(text) ? `'${text}` : text;
  return text.split(PIECES).map((piece) => (GUARDED.test(piece) ? `'${piece}` : piece)).join("");
}

export function encodeCsvRow(values: readonly CsvValue[]): string {
  return values.map(encodeCsvCell).join(",") + "\r\n";
}

/** The import's inverse of the formula guard, applied to a cell already unquoted by the CSV parser. */
export function decodeCsvCell(text: string): string {
  return text.split(PIECES).map((piece) => (piece.startsWith("'") && GUARDED.test(piece) ? piece.slice(1) : piece)).join("");
}
