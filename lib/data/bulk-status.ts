import "server-only";
import { db } from "../db/client";
import type { BulkOutcome } from "../domain/bulk-summary";
import { canWriteCommitment, type Actor } from "../domain/permissions";
import { updateRuleErrors } from "../domain/update-rules";
import type { CommitmentStatus } from "../generated/prisma/enums";
import type { TBulkStatus } from "../validation/bulk-status";

export type BulkStatusResult = { saved: boolean; outcomes: { commitmentId: string; outcome: BulkOutcome }[] };

type Row = { id: string; status: CommitmentStatus; version: number; pillarId: string | null; archivedAt: Date | null;
  countries: { countryCode: string }[] };

/** Raised inside the transaction when a colleague's save won a row between the read and the write. */
class BulkConflict extends Error {
  constructor(readonly lost: ReadonlySet<string>) {
    super("A selected commitment changed during the bulk change");
  }
}

/**
 * Sets one status on many commitments, all or nothing, like the import: every one is checked, and only when all
 * pass are they changed, with one history entry each, in one transaction. A refusal names what held each one back,
 * and nothing is written.
 */
export async function bulkSetStatus(actor: Actor, input: TBulkStatus): Promise<BulkStatusResult> {
  const ids = input.selected.map((item) => item.commitmentId);
  const now = new Date();
  try {
    return await db().$transaction(async (tx) => {
      const rows = await tx.commitment.findMany({ where: { id: { in: ids } }, select: { id: true, status: true,
        version: true, pillarId: true, archivedAt: true, countries: { select: { countryCode: true } } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      const outcomes = input.selected.map((item) => ({ commitmentId: item.commitmentId,
        outcome: outcomeOf(actor, input, item.expectedVersion, byId.get(item.commitmentId)) }));
      if (outcomes.some(({ outcome }) => outcome !== "saved")) return { saved: false, outcomes };

      // One statement claims every version the editor saw; a row another save moved on is not matched.
      const claimed = await tx.commitment.updateMany({
        where: { OR: input.selected.map((item) => ({ id: item.commitmentId, version: item.expectedVersion })) },
        data: { status: input.status, statusChangedAt: now, lastUpdateAt: now, version: { increment: 1 } },
      });
      if (claimed.count !== ids.length) {
        const moved = await tx.commitment.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
        const expected = new Map(input.selected.map((item) => [item.commitmentId, item.expectedVersion + 1]));
        throw new BulkConflict(new Set(moved.filter((row) => row.version !== expected.get(row.id)).map((row) => row.id)));
      }
      await tx.progressUpdate.createMany({
        data: input.selected.map((item) => ({
          commitmentId: item.commitmentId,
          authorId: actor.id,
          source: "STAFF" as const,
          visibility: "PUBLIC" as const,
          createdAt: now,
          version: item.expectedVersion + 1,
          oldStatus: byId.get(item.commitmentId)?.status ?? null,
          newStatus: input.status,
          statusReason: input.statusReason,
          evidenceUrls: input.evidenceUrl ? [input.evidenceUrl] : [],
        })),
      });
      return { saved: true, outcomes };
    });
  } catch (error) {
    if (!(error instanceof BulkConflict)) throw error;
    return { saved: false, outcomes: ids.map((commitmentId) => ({ commitmentId,
      outcome: error.lost.has(commitmentId) ? "conflict" : "saved" })) };
  }
}

function outcomeOf(actor: Actor, input: TBulkStatus, expectedVersion: number, row: Row | undefined): BulkOutcome {
  if (!row || row.archivedAt) return "not-found";
  if (!canWriteCommitment(actor, { pillarId: row.pillarId, countryCodes: row.countries.map((c) => c.countryCode) })) {
    return "forbidden";
  }
  if (row.version !== expectedVersion) return "conflict";
  const errors = updateRuleErrors({
    fromStatus: row.status, toStatus: input.status, statusReason: input.statusReason, note: "",
    evidenceCount: input.evidenceUrl ? 1 : 0, noEvidence: input.noEvidence, deadlineChanges: 0, valueReached: false,
    corrects: false,
  });
  return Object.keys(errors).length > 0 ? "invalid" : "saved";
}
