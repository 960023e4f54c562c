import type { Role } from "../generated/prisma/enums";

/** Who is acting, as the permission rules need to know them. */
export type Actor = {
  id: string;
  role: Role;
  scope: { countryCodes: readonly string[]; pillarIds: readonly string[] };
};

export type CommitmentScopeFacts = { pillarId: string | null; countryCodes: readonly string[] };

export function isUnscoped(actor: Actor): boolean {
  return actor.scope.countryCodes.length === 0 && actor.scope.pillarIds.length === 0;
}

/**
 * Admins write everything; viewers nothing; an editor writes a commitment when it has no scope, or when the
 * commitment's pillar or one of its acting countries is in the scope.
 */
export function canWriteCommitment(actor: Actor, commitment: CommitmentScopeFacts): boolean {
  if (actor.role === "ADMIN") return true;
  if (actor.role !== "EDITOR") return false;
  if (isUnscoped(actor)) return true;
  if (commitment.pillarId !== null && actor.scope.pillarIds.includes(commitment.pillarId)) return true;
  return commitment.countryCodes.some((code) => actor.scope.countryCodes.includes(code));
}

export function canManageCommitments(actor: Actor): boolean {
  return actor.role === "ADMIN";
}

export function canManageUsers(actor: Actor): boolean {
  return actor.role === "ADMIN";
}

export function canChangeSettings(actor: Actor): boolean {
  return actor.role === "ADMIN";
}
