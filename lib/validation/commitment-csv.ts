import { z } from "zod";
import type { CalendarDate } from "../domain/calendar-date";
import type { CsvRecord } from "../domain/csv-read";
import { IMPORT_FILE_WORDS, type EnumColumn, type ImportFileWords } from "../domain/import-words";
import { readSpreadsheetDate, type DateForm } from "../domain/spreadsheet-date";
import type { CommitmentStatus, CommitmentType, DatePrecision } from "../generated/prisma/enums";
import { TYPE_VALUES, ZCommitmentFields, ZCommitmentKey } from "./commitment";
import { MAX_EVIDENCE_LINKS, PRECISION_VALUES, STATUS_VALUES, ZEvidenceUrl, ZProgressUpdate } from "./progress-update";

/** A problem with one cell (or, with column null, one row) of an import, where a spreadsheet user can find it. */
export type ImportError = { line: number; column: string | null; message: string };

/**
 * One row of commitments.csv in typed form. A field is undefined when its column is not in the file (the import then
 * leaves it alone) and null when the cell is empty.
 */
export type CsvCommitmentValues = {
  key: string;
  version: number | null;
  declaration?: string | null;
  parentKey?: string | null;
  pillar?: string | null;
  title?: string;
  description?: string;
  sourceText?: string;
  sourceSection?: string;
  type?: CommitmentType;
  status?: CommitmentStatus;
  leadCountry?: string | null;
  countries?: string[];
  collectiveActor?: string | null;
  deadlineKey?: string | null;
  deadlineKind?: "DEADLINE" | "MILESTONE" | null;
  deadlineLabel?: string | null;
  deadlineDate?: CalendarDate | null;
  deadlinePrecision?: DatePrecision | null;
  statusReason?: string;
  evidence?: { urls: string[]; none: boolean };
};

/** A date cell read from a form other than the export's own, for the preview to say how it was read. */
export type DateCellReading = { line: number; column: string; text: string; date: CalendarDate; form: DateForm };

export type CsvCommitmentRow = {
  line: number;
  values: CsvCommitmentValues;
  errors: ImportError[];
  readings: DateCellReading[];
  /** Why the key could not name a new commitment, or null; it only matters when the key is not in the database. */
  newKeyProblem: string | null;
};

type CellWords = ImportFileWords["cells"];

/** An enumeration written in lower case, as the export writes it; any case is read. */
function csvEnum<T extends string>(values: readonly T[], what: EnumColumn, words: CellWords) {
  const codes = values.map((value) => value.toLowerCase());
  return z.string().transform((text, context) => {
    const value = text.trim().toUpperCase() as T;
    if (values.includes(value)) return value;
    context.addIssue({ code: "custom",
      message: text.trim() === "" ? words.enumEmpty(what, codes) : words.enumUnknown(what, text, codes) });
    return z.NEVER;
  });
}

const emptyToNull = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z.string().transform((text) => (text.trim() === "" ? null : text)).pipe(schema.nullable());

const countryCode = (words: CellWords) => z.string().transform((text, context) => {
  const code = text.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code)) return code;
  context.addIssue({ code: "custom", message: words.countryCode(text) });
  return z.NEVER;
});

/** A day as the export writes it or as a spreadsheet saves it back (lib/domain/spreadsheet-date.ts). */
const spreadsheetDate = (words: CellWords) => z.string().transform((text, context) => {
  const reading = readSpreadsheetDate(text, words.date);
  if (reading.ok) return { date: reading.date, form: reading.form, text: text.trim() };
  context.addIssue({ code: "custom", message: reading.message });
  return z.NEVER;
});
type DateRead = { date: CalendarDate; form: DateForm; text: string };

/** Links joined by ; (or spaces or line breaks, as typed in a cell), or the word none to say plainly there is none. */
const ZEvidenceLinks = z.array(ZEvidenceUrl).max(MAX_EVIDENCE_LINKS, `Give at most ${MAX_EVIDENCE_LINKS} evidence links.`);
const ZCsvEvidence = z.string().max(25_000, "The evidence list is too long.").transform((text, context) => {
  if (/^\s*none\s*$/i.test(text)) return { urls: [], none: true };
  const links = ZEvidenceLinks.safeParse(text.split(/[\s;]+/).filter(Boolean));
  if (links.success) return { urls: links.data, none: false };
  for (const issue of links.error.issues) context.addIssue({ code: "custom", message: issue.message });
  return z.NEVER;
});

const fields = ZCommitmentFields.shape;
const WHOLE_NUMBER = "Write the version as a whole number, as exported.";

type Cells = Record<string, { field: keyof CsvCommitmentValues; schema: z.ZodType }>;

/**
 * Each column the import reads: the field of CsvCommitmentValues it fills and the rule of its cell, whose messages
 * built from the cell's text are in the admin's words. Made once per language, not once per row.
 */
const cellTables = new WeakMap<CellWords, Cells>();
export function importCellRules(words: CellWords): Cells {
  const known = cellTables.get(words);
  if (known) return known;
  const ZCode = countryCode(words);
  const cells: Cells = {
    version: { field: "version", schema: emptyToNull(z.coerce.number<string>({ error: WHOLE_NUMBER })
      .int(WHOLE_NUMBER).min(1, "A version is 1 or more.")) },
    declaration: { field: "declaration", schema: emptyToNull(z.string().trim()) },
    parent_key: { field: "parentKey", schema: emptyToNull(z.string().trim()) },
    pillar: { field: "pillar", schema: emptyToNull(z.string().trim()) },
    title: { field: "title", schema: fields.title },
    description: { field: "description", schema: fields.description },
    source_text: { field: "sourceText", schema: fields.sourceText },
    source_section: { field: "sourceSection", schema: fields.sourceSection },
    type: { field: "type", schema: csvEnum(TYPE_VALUES, "type", words) },
    status: { field: "status", schema: csvEnum(STATUS_VALUES, "status", words) },
    lead_country: { field: "leadCountry", schema: emptyToNull(ZCode) },
    countries: { field: "countries", schema: z.string().transform((text) => text.split(/[\s;,]+/).filter(Boolean))
      .pipe(z.array(ZCode)).transform((codes) => [...new Set(codes)]) },
    collective_actor: { field: "collectiveActor", schema: emptyToNull(fields.collectiveActor) },
    deadline_key: { field: "deadlineKey",
      schema: emptyToNull(z.string().trim().max(80, "A deadline key has at most 80 characters.")) },
    deadline_kind: { field: "deadlineKind",
      schema: emptyToNull(csvEnum(["DEADLINE", "MILESTONE"] as const, "deadline kind", words)) },
    deadline_label: { field: "deadlineLabel",
      schema: emptyToNull(z.string().trim().max(300, "A label has at most 300 characters.")) },
    deadline_date: { field: "deadlineDate", schema: emptyToNull(spreadsheetDate(words)) },
    deadline_precision: { field: "deadlinePrecision",
      schema: emptyToNull(csvEnum(PRECISION_VALUES, "precision", words)) },
    status_reason: { field: "statusReason", schema: ZProgressUpdate.shape.statusReason },
    evidence_urls: { field: "evidence", schema: ZCsvEvidence },
  };
  cellTables.set(words, cells);
  return cells;
}

function isDateRead(value: unknown): value is DateRead {
  return typeof value === "object" && value !== null && "form" in value;
}

/** The columns whose cells an import reads; every other column of the export is computed and ignored. */
export const IMPORTED_COLUMNS = ["key", ...Object.keys(importCellRules(IMPORT_FILE_WORDS.cells))];

/**
 * Checks each cell of one record on its own; rules between cells and against the database come later (the diff).
 * `words` say what is wrong with a cell's own text; `say` gives a schema's fixed message in the admin's language
 * (lib/messages/say-again.ts, which this module, run in the browser too, cannot import).
 */
export function readCommitmentCsvRow(record: CsvRecord, columnCount: number,
  words: CellWords = IMPORT_FILE_WORDS.cells, say: (message: string) => string = (message) => message): CsvCommitmentRow {
  const errors: ImportError[] = [];
  const key = (record.cells.key ?? "").trim();
  if (key === "") errors.push({ line: record.line, column: "key", message: words.noKey });
  if (record.width !== columnCount) {
    errors.push({ line: record.line, column: null, message: words.width(record.width, columnCount) });
  }
  const values: CsvCommitmentValues = { key, version: null };
  const readings: DateCellReading[] = [];
  for (const [column, { field, schema }] of Object.entries(importCellRules(words))) {
    const cell = record.cells[column];
    if (cell === undefined) continue;
    const parsed = schema.safeParse(cell);
    if (!parsed.success) {
      // A message built from the cell is in the admin's words already; a fixed one is said again in them.
      errors.push(...parsed.error.issues.map((issue) => ({ line: record.line, column, message: say(issue.message) })));
    } else if (isDateRead(parsed.data)) {
      Object.assign(values, { [field]: parsed.data.date });
      if (parsed.data.form !== "YYYY-MM-DD") readings.push({ line: record.line, column, ...parsed.data });
    } else Object.assign(values, { [field]: parsed.data });
  }
  const newKey = ZCommitmentKey.safeParse(key);
  return { line: record.line, values, errors, readings,
    newKeyProblem: newKey.success ? null : say(newKey.error.issues[0]!.message) };
}
