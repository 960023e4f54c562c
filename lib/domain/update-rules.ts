import type { CommitmentStatus } from "../generated/prisma/enums";

/** Statuses that close a commitment's story and so ask for evidence. */
const NEEDS_EVIDENCE: readonly CommitmentStatus[] = ["COMPLETED", "PARTLY_COMPLETED", "DISCONTINUED"];

export type UpdateFacts = {
  fromStatus: CommitmentStatus;
  toStatus: CommitmentStatus;
  statusReason: string;
  note: string;
  evidenceCount: number;
  noEvidence: boolean;
  deadlineChanges: number;
  valueReached: boolean;
  corrects: boolean;
};

/**
 * The rules an update must meet beyond the shape of its fields, as field errors: a status change gives its reason,
 * and a change to completed, partly completed or discontinued gives an evidence link or says plainly there is none.
 */
export function updateRuleErrors(facts: UpdateFacts): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const statusChanges = facts.fromStatus !== facts.toStatus;
  if (statusChanges && facts.statusReason === "") {
    errors.statusReason = ["Say why the status changes; readers will see this reason in the history."];
  }
  if (statusChanges && NEEDS_EVIDENCE.includes(facts.toStatus) && facts.evidenceCount === 0 && !facts.noEvidence) {
    errors.evidenceUrls = [
      "Add a link to the evidence, or tick \"No evidence link available\" to say plainly that there is none.",
    ];
  }
  if (facts.corrects && facts.note === "") {
    errors.note = ["Say in the note what the correction is; the entry it corrects stays as it was."];
  }
  const recordsSomething = statusChanges || facts.note !== "" || facts.evidenceCount > 0 ||
    facts.deadlineChanges > 0 || facts.valueReached || facts.corrects;
  if (!recordsSomething) {
    errors.note = ["Nothing to record yet: change the status, a deadline or the value reached, or write a note."];
  }
  return errors;
}

/** An entry that closed a commitment's story without any evidence link says so in the history. */
export function closedWithoutEvidence(entry: { newStatus: CommitmentStatus | null; evidenceUrls: readonly string[] }): boolean {
  return entry.newStatus !== null && NEEDS_EVIDENCE.includes(entry.newStatus) && entry.evidenceUrls.length === 0;
}
