import type { CellChange } from "./csv-import-diff";

/**
 * The history entries a spreadsheet import writes for a commitment it adds or changes, as a person's entries on the
 * form would be. What the public history shows (a status, with the reason and evidence the sheet gives, and a moved
 * deadline) is one public entry in those words alone; changes to the wording are one internal entry, as an admin's
 * edit on the form is, naming the import (file, id, time) and each changed cell, old and new.
 */
export type ImportIdentity = { fileName: string; importId: string; at: Date };

export type ImportEntry = {
  visibility: "PUBLIC" | "INTERNAL";
  /** Whether the entry records the status (old and new); the writer knows both. */
  recordsStatus: boolean;
  /** Whether the entry records the deadline the row moves or adds. */
  recordsDeadline: boolean;
  statusReason: string | null;
  evidenceUrls: string[];
  note: string | null;
};

export type ImportedRow = {
  created: boolean;
  changes: readonly CellChange[];
  /** A status changed, or set other than "no information" on a new commitment. */
  statusSet: boolean;
  deadlineSet: boolean;
  reason: string | null;
  evidenceUrls: string[];
};

const MAX_VALUE = 200;
const shown = (value: string) => (value === "" ? "(empty)"
  : `"${value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value}"`);
const shownPublicly = (change: CellChange) => change.column === "status" || change.column.startsWith("deadline_");

export function importNote(identity: ImportIdentity, changes: readonly CellChange[], created: boolean): string {
  const when = `${identity.at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const head = `${created ? "Added by" : "Changed by"} spreadsheet import of ${identity.fileName} (import ${identity.importId}, ${when})`;
  if (changes.length === 0) return `${head}.`;
  return `${head}:\n${changes.map((change) => `${change.column}: ${shown(change.old)} → ${shown(change.new)}`).join("\n")}`;
}

export function importEntries(identity: ImportIdentity, row: ImportedRow): ImportEntry[] {
  const entries: ImportEntry[] = [];
  const publicPart = row.statusSet || row.deadlineSet;
  if (publicPart) {
    entries.push({ visibility: "PUBLIC", recordsStatus: row.statusSet, recordsDeadline: row.deadlineSet,
      statusReason: row.statusSet ? row.reason : null, evidenceUrls: row.statusSet ? row.evidenceUrls : [], note: null });
  }
  const wording = row.changes.filter((change) => !shownPublicly(change));
  if (row.created ? !publicPart : wording.length > 0) {
    entries.push({ visibility: "INTERNAL", recordsStatus: row.created, recordsDeadline: false, statusReason: null,
      evidenceUrls: [], note: importNote(identity, row.created ? [] : wording, row.created) });
  }
  return entries;
}
