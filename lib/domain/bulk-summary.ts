export type BulkOutcome = "saved" | "invalid" | "conflict" | "forbidden" | "not-found";

const REASONS: Record<Exclude<BulkOutcome, "saved">, string> = {
  invalid: "already had that status or needed evidence",
  conflict: "were changed by a colleague after you loaded the list",
  forbidden: "are outside your scope",
  "not-found": "no longer exist or are archived",
};

/**
 * One sentence on a bulk change, which is all or nothing: how many were updated, or that none was and what held
 * back the ones that could not be.
 */
export function summariseBulkResults(saved: boolean, outcomes: readonly BulkOutcome[]): string {
  if (saved) return `${outcomes.length} commitments updated, each with its own history entry.`;
  const counts = new Map<BulkOutcome, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  const refusals = (Object.keys(REASONS) as Exclude<BulkOutcome, "saved">[])
    .filter((outcome) => counts.has(outcome))
    .map((outcome) => `${counts.get(outcome)} of ${outcomes.length} ${REASONS[outcome]}`);
  return `Nothing was changed: ${refusals.join("; ")}. Untick those, or reload the list, and try again.`;
}
