import "server-only";
import { db } from "../db/client";
import { isUnscoped, type Actor } from "../domain/permissions";
import type { Prisma } from "../generated/prisma/client";

/** The commitments an actor's scope covers; everything for an actor without a scope. */
export function scopeWhere(actor: Actor): Prisma.CommitmentWhereInput {
  if (isUnscoped(actor)) return {};
  return {
    OR: [
      { pillarId: { in: [...actor.scope.pillarIds] } },
      { countries: { some: { countryCode: { in: [...actor.scope.countryCodes] } } } },
    ],
  };
}

export async function listMyRecentUpdates(actorId: string, limit = 10) {
  return db().progressUpdate.findMany({
    where: { authorId: actorId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, createdAt: true, newStatus: true, note: true,
      commitment: { select: { key: true, title: true } } },
  });
}

/** Open commitments in scope with no update for `days` days, the longest quiet first. */
export async function listQuietCommitments(actor: Actor, days: number, now = new Date(), limit = 25) {
  const since = new Date(now.getTime() - days * 86_400_000);
  const where: Prisma.CommitmentWhereInput = {
    AND: [
      scopeWhere(actor),
      { archivedAt: null, status: { notIn: ["COMPLETED", "DISCONTINUED"] } },
      { OR: [{ lastUpdateAt: null }, { lastUpdateAt: { lt: since } }] },
    ],
  };
  const [total, rows] = await Promise.all([
    db().commitment.count({ where }),
    db().commitment.findMany({ where, orderBy: [{ lastUpdateAt: { sort: "asc", nulls: "first" } }, { key: "asc" }],
      take: limit, select: { key: true, title: true, status: true, lastUpdateAt: true } }),
  ]);
  return { total, rows };
}
