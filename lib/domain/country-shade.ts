import type { CommitmentStatus } from "../generated/prisma/enums";
import { STATUS_ORDER } from "./status";

/**
 * The status a country is shaded by on the map: the one most of its commitments have. A tie goes to the status
 * earlier in STATUS_ORDER (the less advanced), so the map never looks better than the list behind it.
 */
export function predominantStatus(counts: Partial<Record<CommitmentStatus, number>>): CommitmentStatus | null {
  let best: CommitmentStatus | null = null;
  for (const status of STATUS_ORDER) {
    const count = counts[status] ?? 0;
    if (count > 0 && (best === null || count > (counts[best] ?? 0))) best = status;
  }
  return best;
}
