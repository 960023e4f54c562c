import type { Role } from "../generated/prisma/enums";

/** Who is acting, as the permission rules need to know them. */
export type Actor = {
  id: string;
  role: Role;
  /** `all`: every commitment, given explicitly by an admin; absent or false, only the countries and pillars listed. */
  scope: { all?: boolean; countryCodes: readonly string[]; pillarIds: readonly string[] };
};

export type CommitmentScopeFacts = { pillarId: string | null; countryCodes: readonly string[] };

/** No country, no pillar and not "all": an editor in this state writes nothing until an admin gives a scope. */
export function isUnscoped(actor: Actor): boolean {
  return !actor.scope.all && actor.scope.countryCodes.length === 0 && actor.scope.pillarIds.length === 0;
}

/**
 * Admins write everything; viewers nothing; an editor writes a commitment when their scope is an explicit "all", or
 * when the commitment's pillar or one of its acting countries is in the scope. Least privilege: an editor with no
 * scope writes nothing.
 */
export function canWriteCommitment(actor: Actor, commitment: CommitmentScopeFacts): boolean {
  if (actor.role === "ADMIN") return true;
  if (actor.role !== "EDITOR") return false;
  if (actor.scope.all) return true;
  if (commitment.pillarId !== null && actor.scope.pillarIds.includes(commitment.pillarId)) return true;
  return commitment.countryCodes.some((code) => actor.scope.countryCodes.includes(code));
}

export function canManageCommitments(actor: Actor): boolean {
  return actor.role === "ADMIN";
}

export function canChangeSettings(actor: Actor): boolean {
  return actor.role === "ADMIN";
}
