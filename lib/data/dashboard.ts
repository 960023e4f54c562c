import "server-only";
import { db } from "../db/client";
import { isUnscoped, type Actor } from "../domain/permissions";
import type { Prisma } from "../generated/prisma/client";

/**
 * The commitments an actor looks after: everything for an admin or a scope of "all"; an editor with no scope looks
 * after nothing (they write nothing either); a viewer with no scope follows everything.
 */
export function scopeWhere(actor: Actor): Prisma.CommitmentWhereInput {
  if (actor.role === "ADMIN" || actor.scope.all) return {};
  if (isUnscoped(actor)) return actor.role === "EDITOR" ? { id: { in: [] } } : {};
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
