import { STATUSES } from "./status";
import type { CommitmentStatus } from "../generated/prisma/enums";

/** An update a colleague saved after the author loaded the commitment. */
export type SavedMeanwhile = {
  createdAt: Date;
  author: string;
  oldStatus: CommitmentStatus | null;
  newStatus: CommitmentStatus | null;
  note: string | null;
  deadlineChanges: number;
};

/** Tells an author whose save lost the race what a colleague saved in between; their own text stays in the form. */
export function describeConflict(changes: readonly SavedMeanwhile[]): string {
  const lines = changes.map((change) => {
    const parts: string[] = [];
    if (change.newStatus) {
      parts.push(`status ${label(change.oldStatus)} → ${label(change.newStatus)}`);
    }
    if (change.deadlineChanges > 0) parts.push(`${change.deadlineChanges} deadline change(s)`);
    if (change.note) parts.push(`note: "${change.note.length > 140 ? change.note.slice(0, 140) + "…" : change.note}"`);
    return `${change.author} at ${change.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC: ${parts.join("; ") || "an update"}`;
  });
  return [
    "Not saved: a colleague updated this commitment after you opened it. Their changes:",
    ...lines,
    "Your text is still in the form: review it against theirs and save again.",
  ].join("\n");
}

function label(status: CommitmentStatus | null): string {
  return status ? STATUSES[status].label : "none";
}
