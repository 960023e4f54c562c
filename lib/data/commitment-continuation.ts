import "server-only";
import { db } from "../db/client";
import { canManageCommitments, type Actor } from "../domain/permissions";
import { messages, type Catalogue } from "../messages/en";
import type { TCommitmentContinuation } from "../validation/commitment";
import type { CommitmentWriteResult } from "./commitment-writes";
import { VersionConflict } from "./version-conflict";

/**
 * One lock for every change of a chain link: two admins each linking one end of a chain to the other would each see
 * no loop before the other commits, and together make one.
 */
const CHAIN_LOCK = 7303;

/**
 * Sets, changes or removes the earlier commitment that one continues, against the version the admin saw, with an
 * internal history entry. A link to itself or one that closes a loop is refused: a reader follows the chain back to
 * where it began. The loop's refusal names the commitment in `t`'s words.
 */
export async function setCommitmentContinuation(actor: Actor, input: TCommitmentContinuation,
  t: Pick<Catalogue, "chain"> = messages): Promise<CommitmentWriteResult> {
  if (!canManageCommitments(actor)) return { kind: "forbidden" };
  const refuse = (message: string) => ({ kind: "invalid" as const, fieldErrors: { continuesKey: [message] } });
  try {
    return await db().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK}::int, 0)`;
      const current = await tx.commitment.findUnique({ where: { id: input.commitmentId },
        select: { id: true, key: true, continuesId: true, continuation: true } });
      if (!current) return { kind: "not-found" as const };
      const earlier = input.continuesKey === "" ? null
        : await tx.commitment.findUnique({ where: { key: input.continuesKey }, select: { id: true, key: true, title: true } });
      if (input.continuesKey !== "" && !earlier) return refuse(messages.sources.unknownCommitment);
      if (earlier?.id === current.id) return refuse(messages.chain.continuesItself);
      // Walks back from the earlier commitment: meeting this one on the way means the new link would close a loop.
      const seen = new Set<string>();
      for (let step = earlier?.id ?? null; step !== null && !seen.has(step);) {
        seen.add(step);
        const row = await tx.commitment.findUniqueOrThrow({ where: { id: step }, select: { continuesId: true } });
        if (row.continuesId === current.id) return refuse(t.chain.loop(earlier!.title));
        step = row.continuesId;
      }
      const continuation = input.continuation || null;
      if (current.continuesId === (earlier?.id ?? null) && current.continuation === continuation) {
        return refuse(messages.commitment.nothingChanged);
      }
      const claimed = await tx.commitment.updateMany({ where: { id: current.id, version: input.expectedVersion },
        data: { continuesId: earlier?.id ?? null, continuation, version: { increment: 1 }, lastUpdateAt: new Date() } });
      if (claimed.count === 0) throw new VersionConflict();
      const version = input.expectedVersion + 1;
      await tx.progressUpdate.create({
        data: { commitmentId: current.id, authorId: actor.id, source: "STAFF", visibility: "INTERNAL", version,
          note: earlier && continuation ? messages.chain.edited(messages.chain.kinds[continuation], earlier.key)
            : messages.chain.unlinked, evidenceUrls: [] },
      });
      return { kind: "saved" as const, key: current.key, version };
    });
  } catch (error) {
    if (error instanceof VersionConflict) return { kind: "conflict" };
    throw error;
  }
}
