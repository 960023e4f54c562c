export type BulkOutcome = "saved" | "invalid" | "conflict" | "forbidden" | "not-found";
type Refusal = Exclude<BulkOutcome, "saved">;

/** The words of the summary, from the message catalogue of the reader's language. */
export type BulkWords = {
  updated: (count: number) => string;
  share: (count: number, total: number, reason: string) => string;
  nothingChanged: (refusals: string) => string;
  reasons: Record<Refusal, string>;
};

/** The order refusals are told in: what the editor can mend first. */
const REFUSALS: readonly Refusal[] = ["invalid", "conflict", "forbidden", "not-found"];

/**
 * One sentence on a bulk change, which is all or nothing: how many were updated, or that none was and what held
 * back the ones that could not be.
 */
export function summariseBulkResults(saved: boolean, outcomes: readonly BulkOutcome[], words: BulkWords): string {
  if (saved) return words.updated(outcomes.length);
  const counts = new Map<BulkOutcome, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return words.nothingChanged(REFUSALS.filter((outcome) => counts.has(outcome))
    .map((outcome) => words.share(counts.get(outcome)!, outcomes.length, words.reasons[outcome])).join("; "));
}
