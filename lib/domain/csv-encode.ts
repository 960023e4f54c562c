/**
 * RFC 4180 CSV: comma separated, CRLF line ends, a field quoted when it holds a comma, quote or line break, quotes
 * doubled. A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a
 * leading apostrophe, which Excel and LibreOffice show as text; `decodeCsvCell` takes exactly that apostrophe off.
 */
export const UTF8_BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

export function encodeCsvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function encodeCsvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(encodeCsvCell).join(",") + "\r\n";
}

/** The import's inverse of the formula guard: an apostrophe before a formula character was added by the export. */
export function decodeCsvCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
