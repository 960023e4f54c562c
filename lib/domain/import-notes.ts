import type { DateCellReading } from "../validation/commitment-csv";
import { COMMITMENT_COLUMNS } from "./csv-columns";
import type { CsvSeparator } from "./csv-read";

const COMPUTED = new Set(COMMITMENT_COLUMNS.filter((column) => column.import === "computed").map((column) => column.name));

/**
 * What the preview says about how the file was read, beyond its rows: the separator when it was not the comma, each
 * form of date read other than the export's own (how many cells, and the first as an example), and the columns that
 * were not read at all, so that a spreadsheet's reformatting of them worries no one.
 */
export function importNotes(file: { separator: CsvSeparator; columns: readonly string[]; readings: readonly DateCellReading[] }):
string[] {
  const notes: string[] = [];
  if (file.separator === ";") {
    notes.push("Read as separated by semicolons (;), as a spreadsheet set to a language with a decimal comma saves CSV.");
  }
  const groups = new Map<string, DateCellReading[]>();
  for (const reading of file.readings) {
    const group = `${reading.column}\u0000${reading.form}`;
    groups.set(group, [...(groups.get(group) ?? []), reading]);
  }
  for (const [first, ...rest] of groups.values()) {
    const cells = rest.length === 0 ? "1 cell" : `${rest.length + 1} cells`;
    notes.push(`${first!.column}: ${cells} written ${first!.form} read as that day (line ${first!.line}: ` +
      `"${first!.text}" is ${first!.date}).`);
  }
  const ignored = file.columns.filter((column) => COMPUTED.has(column));
  if (ignored.length > 0) {
    notes.push(`Not read, as the export computes them: ${ignored.join(", ")}. A spreadsheet that reformatted their ` +
      "dates or numbers changes nothing.");
  }
  return notes;
}
