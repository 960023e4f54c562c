/**
 * The columns of the CSV exports, in order: the one list the exports, the README and the /export page read.
 * `staff` columns appear only in the staff files.
 */
export type CsvColumn = { name: string; type: string; meaning: string; staff?: true };

export const COMMITMENT_COLUMNS: CsvColumn[] = [
  { name: "key", type: "text", meaning: "Stable key of the commitment; never changes; the page is /commitments/<key>" },
  { name: "version", type: "integer", meaning: "Row version; rises with every change" },
  { name: "parent_key", type: "text", meaning: "Key of the commitment this one is part of; empty for a top-level one" },
  { name: "declaration", type: "text", meaning: "Key of the declaration (source document) it comes from" },
  { name: "pillar", type: "text", meaning: "Pillar slug; empty for framework-wide commitments" },
  { name: "title", type: "text", meaning: "Short title" },
  { name: "description", type: "text", meaning: "What was committed, in plain words" },
  { name: "source_text", type: "text", meaning: "The source's own sentence(s), verbatim" },
  { name: "source_section", type: "text", meaning: "Heading of the source the sentence stands under" },
  { name: "type", type: "text", meaning: "funding, program, policy_or_law, enforcement_action, institutional or diplomatic" },
  { name: "status", type: "text", meaning: "no_information, not_started, in_progress, at_risk, partly_completed, completed or discontinued" },
  { name: "status_changed_at", type: "ISO 8601 timestamp (UTC)", meaning: "When the status last changed" },
  { name: "lead_country", type: "ISO 3166-1 alpha-2", meaning: "The government that leads" },
  { name: "countries", type: "ISO codes joined by ;", meaning: "Every acting government, the lead first" },
  { name: "collective_actor", type: "text", meaning: "Who acts when no single government is named" },
  { name: "deadline_label", type: "text", meaning: "The next deadline (else the latest passed): what it is" },
  { name: "deadline_date", type: "ISO 8601 date", meaning: "First day of the deadline's period" },
  { name: "deadline_precision", type: "text", meaning: "day, month, quarter, year or fiscal_year: how much of the date is known" },
  { name: "deadline_as_written", type: "text", meaning: "The deadline as the source wrote it, e.g. December 2025" },
  { name: "deadline_due_on", type: "ISO 8601 date", meaning: "Last day of the period: the day it falls due" },
  { name: "target_value", type: "number", meaning: "The first numeric target, e.g. 25500" },
  { name: "target_unit", type: "text", meaning: "Its unit, e.g. people, USD" },
  { name: "target_qualifier", type: "text", meaning: "exactly, about, more_than, nearly or up_to" },
  { name: "target_current_value", type: "number", meaning: "The latest value staff logged toward it" },
  { name: "last_update_at", type: "ISO 8601 timestamp (UTC)", meaning: "When the last history entry was written" },
  { name: "url", type: "URL", meaning: "The commitment's public page" },
  { name: "archived_at", type: "ISO 8601 timestamp (UTC)", meaning: "When it was archived; archived rows are staff-only", staff: true },
];

export const UPDATE_COLUMNS: CsvColumn[] = [
  { name: "update_id", type: "text", meaning: "Stable id of the history entry" },
  { name: "commitment_key", type: "text", meaning: "Key of the commitment it belongs to" },
  { name: "created_at", type: "ISO 8601 timestamp (UTC)", meaning: "When it was written" },
  { name: "author", type: "text", meaning: "Display name of the staff member, or Fact sheet / Spreadsheet import" },
  { name: "old_status", type: "text", meaning: "Status before, when the entry changed it" },
  { name: "new_status", type: "text", meaning: "Status after, when the entry changed it" },
  { name: "status_reason", type: "text", meaning: "Why the status changed" },
  { name: "note", type: "text", meaning: "The note, plain text with line breaks" },
  { name: "evidence_urls", type: "URLs joined by ;", meaning: "Links to the evidence" },
  { name: "deadline_changes", type: "text", meaning: "Deadlines moved, e.g. Open until: extended from December 2025 to June 2026" },
  { name: "value_reached", type: "number", meaning: "Value logged toward the commitment's target" },
  { name: "corrects_update_id", type: "text", meaning: "The earlier entry this one corrects" },
  { name: "visibility", type: "text", meaning: "public or internal", staff: true },
  { name: "author_email", type: "text", meaning: "Email of the staff author", staff: true },
];

export function columnsFor(columns: CsvColumn[], audience: "public" | "staff"): CsvColumn[] {
  return audience === "staff" ? columns : columns.filter((column) => !column.staff);
}
