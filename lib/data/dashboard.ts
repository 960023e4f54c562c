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
