/**
 * RFC 4180 CSV: comma separated, CRLF line ends, a field quoted when it holds a comma, quote or line break, quotes
 * doubled. The files start with a UTF-8 byte-order mark, without which Excel reads "Bogotá" as Windows-1252.
 *
 * Formula guard: a text cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return)
 * is written with one apostrophe in front, which Excel and LibreOffice show as text. So that the guard can be undone
 * exactly, a text that already starts with apostrophes followed by such a character gets one apostrophe more: on
 * import, `decodeCsvCell` takes exactly one apostrophe off any cell of that shape, and every other cell is left alone.
 */
export const UTF8_BOM = "\uFEFF";
const GUARDED = /^'*[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

export function encodeCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // Numbers are written by the exporter itself (a version, a count) and are never formulas, "-5" included.
  if (typeof value === "string" && GUARDED.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function encodeCsvRow(values: readonly CsvValue[]): string {
  return values.map(encodeCsvCell).join(",") + "\r\n";
}

/** The import's inverse of the formula guard, applied to a cell already unquoted by the CSV parser. */
export function decodeCsvCell(text: string): string {
  return text.startsWith("'") && GUARDED.test(text) ? text.slice(1) : text;
}
