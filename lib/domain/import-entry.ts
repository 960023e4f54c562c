import type { CellChange } from "./csv-import-diff";

/**
 * The history entry a spreadsheet import writes for each commitment it creates or changes. Its note names the import
 * (file, import id, time) and lists every changed cell, old and new, so the history says exactly what the sheet did.
 */
export type ImportIdentity = { fileName: string; importId: string; at: Date };

const MAX_VALUE = 200;
const shown = (value: string) => (value === "" ? "(empty)"
  : `"${value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value}"`);

export function importNote(identity: ImportIdentity, changes: readonly CellChange[], created: boolean): string {
  const when = `${identity.at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const head = `${created ? "Added by" : "Changed by"} spreadsheet import of ${identity.fileName} (import ${identity.importId}, ${when})`;
  return `${head}:\n${changes.map((change) => `${change.column}: ${shown(change.old)} → ${shown(change.new)}`).join("\n")}`;
}

/** The reason a status change by import gives in the public history. */
export function importStatusReason(identity: ImportIdentity): string {
  return `Set by spreadsheet import of ${identity.fileName} (import ${identity.importId}).`;
}

/**
 * Public when the entry records what the public history shows (a status or a deadline); a change to the wording of a
 * commitment stays internal, as an admin's edit on the form does.
 */
export function importVisibility(changes: readonly CellChange[]): "PUBLIC" | "INTERNAL" {
  return changes.some((change) => change.column === "status" || change.column.startsWith("deadline_")) ? "PUBLIC" : "INTERNAL";
}
