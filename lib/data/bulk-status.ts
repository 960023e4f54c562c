import "server-only";
import { db } from "../db/client";
import type { BulkOutcome } from "../domain/bulk-summary";
import { canWriteCommitment, type Actor } from "../domain/permissions";
import { updateRuleErrors } from "../domain/update-rules";
import type { CommitmentStatus } from "../generated/prisma/enums";
import type { TBulkStatus } from "../validation/bulk-status";

/** All or nothing: saved, or held back with what held back each commitment. */
type Outcomes = { commitmentId: string; outcome: BulkOutcome }[];
export type BulkStatusResult = { kind: "saved"; outcomes: Outcomes } | { kind: "held-back"; outcomes: Outcomes };

type Row = { id: string; status: CommitmentStatus; version: number; pillarId: string | null; archivedAt: Date | null;
  countries: { countryCode: string }[] };

/**
 * Sets one status on many commitments, all or nothing, like the import: every one is checked, and only when all
 * pass are they changed, with one history entry each, in one transaction. A refusal names what held each one back,
 * and nothing is written.
 */
export async function bulkSetStatus(actor: Actor, input: TBulkStatus): Promise<BulkStatusResult> {
  // A commitment ticked twice is changed once.
  const selected = [...new Map(input.selected.map((item) => [item.commitmentId, item])).values()];
  const ids = selected.map((item) => item.commitmentId);
  const now = new Date();
  return db().$transaction(async (tx) => {
    // Locked until the end of the transaction: a colleague's save waits, so the versions read are the ones replaced.
    await tx.$executeRaw`SELECT 1 FROM commitment WHERE id = ANY(${ids}) FOR UPDATE`;
    const rows = await tx.commitment.findMany({ where: { id: { in: ids } }, select: { id: true, status: true,
      version: true, pillarId: true, archivedAt: true, countries: { select: { countryCode: true } } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const outcomes = selected.map((item) => ({ commitmentId: item.commitmentId,
      outcome: outcomeOf(actor, input, item.expectedVersion, byId.get(item.commitmentId)) }));
    if (outcomes.some(({ outcome }) => outcome !== "saved")) return { kind: "held-back" as const, outcomes };

    await tx.commitment.updateMany({
      where: { id: { in: ids } },
      data: { status: input.status, statusChangedAt: now, lastUpdateAt: now, version: { increment: 1 } },
    });
    await tx.progressUpdate.createMany({
      data: selected.map((item) => ({
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
    return { kind: "saved" as const, outcomes };
  }, { timeout: BULK_TIMEOUT_MS });
}

/** Prisma's default of 5 s for an interactive transaction is short for a large selection on a busy server. */
const BULK_TIMEOUT_MS = 30_000;

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
