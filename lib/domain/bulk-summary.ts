export type BulkOutcome = "saved" | "invalid" | "conflict" | "forbidden" | "not-found";

const REASONS: Record<Exclude<BulkOutcome, "saved">, string> = {
  invalid: "already had that status or needed evidence",
  conflict: "were changed by a colleague after you loaded the list",
  forbidden: "are outside your scope",
  "not-found": "no longer exist or are archived",
};

/** One sentence on a bulk change: how many were saved, and why the others were not. */
export function summariseBulkResults(outcomes: readonly BulkOutcome[]): { failed: number; message: string } {
  const counts = new Map<BulkOutcome, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  const saved = counts.get("saved") ?? 0;
  const refusals = (Object.keys(REASONS) as Exclude<BulkOutcome, "saved">[])
    .filter((outcome) => counts.has(outcome))
    .map((outcome) => `${counts.get(outcome)} ${REASONS[outcome]}`);
  const failed = outcomes.length - saved;
  const message = `${saved} of ${outcomes.length} commitments updated, each with its own history entry.` +
    (refusals.length > 0 ? ` Not updated: ${refusals.join("; ")}.` : "");
  return { failed, message };
}
