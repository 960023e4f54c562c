import type { DateCellReading } from "../validation/commitment-csv";
import { COMMITMENT_COLUMNS } from "./csv-columns";
import type { CsvSeparator } from "./csv-read";
import { IMPORT_FILE_WORDS, type ImportFileWords } from "./import-words";

const COMPUTED = new Set(COMMITMENT_COLUMNS.filter((column) => column.import === "computed").map((column) => column.name));

/**
 * What the preview says about how the file was read, beyond its rows: the separator when it was not the comma, each
 * form of date read other than the export's own (how many cells, and the first as an example), and the columns that
 * were not read at all, so that a spreadsheet's reformatting of them worries no one.
 */
export function importNotes(file: { separator: CsvSeparator; columns: readonly string[]; readings: readonly DateCellReading[] },
  words: ImportFileWords["notes"] = IMPORT_FILE_WORDS.notes): string[] {
  const notes: string[] = [];
  if (file.separator === ";") notes.push(words.semicolons);
  const groups = new Map<string, DateCellReading[]>();
  for (const reading of file.readings) {
    const group = `${reading.column}\u0000${reading.form}`;
    groups.set(group, [...(groups.get(group) ?? []), reading]);
  }
  for (const [first, ...rest] of groups.values()) {
    notes.push(words.dates(first!.column, rest.length + 1, words.forms[first!.form], first!.line, first!.text,
      first!.date));
  }
  const ignored = file.columns.filter((column) => COMPUTED.has(column));
  if (ignored.length > 0) notes.push(words.computed(ignored.join(", ")));
  return notes;
}
