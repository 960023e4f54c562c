import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadActor, type SessionActor } from "../data/users";
import type { Role } from "../generated/prisma/enums";
import { authOptions } from "./options";
import { messages } from "../messages/en";

/** The signed-in staff member, or null; checked against the database once per request. */
export const currentActor = cache(async (): Promise<SessionActor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.uid || typeof session.sv !== "number") return null;
  return loadActor(session.uid, session.sv);
});

/** For pages: an anonymous visitor goes to the sign-in page and comes back here afterwards. */
export async function requirePageActor(returnTo: string, roles?: readonly Role[]): Promise<SessionActor> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (roles && !roles.includes(actor.role)) redirect("/admin?denied=1");
  return actor;
}

export class NotAuthorisedError extends Error {}

/** For server actions and route handlers, which are public endpoints whatever page they sit on. */
export async function requireActor(roles?: readonly Role[]): Promise<SessionActor> {
  const actor = await currentActor();
  if (!actor) throw new NotAuthorisedError(messages.form.sessionEnded);
  if (roles && !roles.includes(actor.role)) {
    throw new NotAuthorisedError(messages.form.roleRefused);
  }
  return actor;
}
