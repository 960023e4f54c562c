/**
 * The columns of the CSV files, in order: the one list that the exports write, the import reads, and docs/csv.md and
 * the /export page document (a unit test holds the doc to it). `staff` columns appear only in the staff files.
 */
export type CsvColumn = { name: string; type: string; meaning: string; staff?: true };

/**
 * What the import does with a column of commitments.csv: `key` matches rows, `version` detects conflicts, `edit`
 * columns are compared and written, `create` columns are read only when a commitment or a deadline is added, and
 * `computed` columns are derived from the others and ignored; `history` columns are written empty and read when a row
 * changes the status, for the history entry that records it (as the form asks).
 */
export type ImportUse = "key" | "version" | "edit" | "create" | "computed" | "history";
export type CommitmentCsvColumn = CsvColumn & { import: ImportUse };

export const COMMITMENT_COLUMNS: CommitmentCsvColumn[] = [
  { name: "key", type: "text", import: "key",
    meaning: "Stable key of the commitment; never changes; the page is /commitments/<key>" },
  { name: "version", type: "integer", import: "version", meaning: "Row version; rises with every change" },
  { name: "parent_key", type: "text", import: "edit",
    meaning: "Key of the commitment this one is part of; empty for a top-level one" },
  { name: "declaration", type: "text", import: "create", meaning: "Key of the declaration (source document) it comes from" },
  { name: "pillar", type: "text", import: "edit", meaning: "Pillar slug; empty for framework-wide commitments" },
  { name: "title", type: "text", import: "edit", meaning: "Short title" },
  { name: "description", type: "text", import: "edit", meaning: "What was committed, in plain words" },
  { name: "source_text", type: "text", import: "edit", meaning: "The source's own sentence(s), verbatim" },
  { name: "source_section", type: "text", import: "edit", meaning: "Heading of the source the sentence stands under" },
  { name: "type", type: "text", import: "edit",
    meaning: "funding, program, policy_or_law, enforcement_action, institutional or diplomatic" },
  { name: "status", type: "text", import: "edit",
    meaning: "no_information, not_started, in_progress, at_risk, partly_completed, completed or discontinued" },
  { name: "status_reason", type: "text", import: "history", staff: true,
    meaning: "Empty in the export; when the row changes the status, why, as the public history will show it" },
  { name: "evidence_urls", type: "URLs joined by ;, or none", import: "history", staff: true,
    meaning: "Empty in the export; for a change to partly completed, completed or discontinued, links to the evidence, or none" },
  { name: "status_changed_at", type: "ISO 8601 timestamp (UTC)", import: "computed", meaning: "When the status last changed" },
  { name: "lead_country", type: "ISO 3166-1 alpha-2", import: "edit",
    meaning: "The government that leads; empty when a group acts (collective_actor)" },
  { name: "countries", type: "ISO codes joined by ;", import: "edit", meaning: "Every acting government, the lead first" },
  { name: "country_roles", type: "code:role joined by ;", import: "computed",
    meaning: "Every country with its role: lead (several for a joint announcement), partner or host" },
  { name: "collective_actor", type: "text", import: "edit", meaning: "Who acts when no single government is named" },
  { name: "counted", type: "yes or no", import: "computed",
    meaning: "no for a group (a parent that only gathers its sub-commitments): not counted as a commitment" },
  { name: "deadline_key", type: "text", import: "edit",
    meaning: "Stable key of the deadline in the next four columns (the next one due, else the latest passed)" },
  { name: "deadline_kind", type: "text", import: "create",
    meaning: "deadline (something must be done by then) or milestone (expected within the period)" },
  { name: "deadline_label", type: "text", import: "create", meaning: "What the deadline is, e.g. Offices open until" },
  { name: "deadline_date", type: "ISO 8601 date", import: "edit", meaning: "First day of the deadline's period" },
  { name: "deadline_precision", type: "text", import: "edit",
    meaning: "day, month, quarter, year or fiscal_year: how much of the date is known" },
  { name: "deadline_as_written", type: "text", import: "computed", meaning: "The deadline as the source wrote it, e.g. December 2025" },
  { name: "deadline_due_on", type: "ISO 8601 date", import: "computed", meaning: "Last day of the period: the day it falls due" },
  { name: "deadline_original_as_written", type: "text", import: "computed",
    meaning: "The deadline as first set, e.g. December 2025 (the same as deadline_as_written until it moves)" },
  { name: "deadline_times_moved", type: "integer", import: "computed", meaning: "How many times the deadline has moved" },
  { name: "target_kind", type: "text", import: "computed",
    meaning: "The first figure's kind: goal (to reach), reported (reached) or context (a fact, no target)" },
  { name: "target_as_written", type: "text", import: "computed",
    meaning: "The figure in the source's words, e.g. approximately 25,500 non-citizens" },
  { name: "target_value", type: "number", import: "computed",
    meaning: "Its number, e.g. 25500; empty when the words give none (hundreds)" },
  { name: "target_unit", type: "text", import: "computed", meaning: "Its unit, e.g. people, USD" },
  { name: "target_qualifier", type: "text", import: "computed",
    meaning: "stated (no qualifier in the source), about, more_than, nearly or up_to" },
  { name: "target_current_value", type: "number", import: "computed", meaning: "The latest value staff logged toward it" },
  { name: "last_update_at", type: "ISO 8601 timestamp (UTC)", import: "computed", meaning: "When the last history entry was written" },
  { name: "url", type: "URL", import: "computed", meaning: "The commitment's public page (permanent)" },
  { name: "archived_at", type: "ISO 8601 timestamp (UTC)", import: "computed", staff: true,
    meaning: "When it was archived; archived rows are in the staff file only" },
  // Translations come last, so that every column before them keeps its place (docs/csv.md "Languages").
  { name: "title_es", type: "text", import: "computed",
    meaning: "The title in Spanish, a translation of title; empty when there is none (pages then show the English)" },
  { name: "description_es", type: "text", import: "computed",
    meaning: "The description in Spanish, a translation of description; empty when there is none" },
];

export const UPDATE_COLUMNS: CsvColumn[] = [
  { name: "update_id", type: "text", meaning: "Stable id of the history entry" },
  { name: "commitment_key", type: "text", meaning: "Key of the commitment it belongs to" },
  { name: "created_at", type: "ISO 8601 timestamp (UTC)", meaning: "When it was written" },
  { name: "author", type: "text",
    meaning: "Display name of the staff member who wrote it (for an import, the admin who ran it), or Fact sheet" },
  { name: "old_status", type: "text", meaning: "Status before, when the entry changed it" },
  { name: "new_status", type: "text", meaning: "Status after, when the entry changed it" },
  { name: "status_reason", type: "text", meaning: "Why the status changed" },
  { name: "note", type: "text", meaning: "The note, plain text with line breaks" },
  { name: "evidence_urls", type: "URLs joined by ;", meaning: "Links to the evidence" },
  { name: "deadline_changes", type: "text",
    meaning: "Deadlines moved, joined by ;, e.g. Open until: extended from December 2025 to June 2026" },
  { name: "value_reached", type: "number", meaning: "Value logged toward the commitment's target" },
  { name: "corrects_update_id", type: "text", meaning: "The earlier entry this one corrects" },
  { name: "visibility", type: "text", meaning: "public or internal", staff: true },
  { name: "author_email", type: "text", meaning: "Email of the staff author", staff: true },
  { name: "note_lang", type: "text", meaning: "The language the note is written in: en or es" },
];

export type Audience = "public" | "staff";

export function columnsFor<Column extends CsvColumn>(columns: readonly Column[], audience: Audience): Column[] {
  return audience === "staff" ? [...columns] : columns.filter((column) => !column.staff);
}

/** Columns an import file must have: without them no row can be matched or checked for conflicts. */
export const REQUIRED_IMPORT_COLUMNS = COMMITMENT_COLUMNS
  .filter((column) => column.import === "key" || column.import === "version")
  .map((column) => column.name);

/**
 * Each column's type and meaning by its name, as the dictionary of the /export page reads them: the English here
 * (the one written beside each column above), the other languages' in lib/messages.
 */
export function columnWords(columns: readonly CsvColumn[]): Record<string, { type: string; meaning: string }> {
  return Object.fromEntries(columns.map((column) => [column.name, { type: column.type, meaning: column.meaning }]));
}
