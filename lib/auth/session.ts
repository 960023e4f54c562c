import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadActor, type SessionActor } from "../data/users";
import type { Role } from "../generated/prisma/enums";
import { authOptions } from "./options";
import { requestWords } from "../i18n/request-words";
import { messages } from "../messages/en";

/** The signed-in staff member, or null; checked against the database once per request. */
export const currentActor = cache(async (): Promise<SessionActor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.uid || typeof session.sv !== "number") return null;
  return loadActor(session.uid, session.sv);
});

/**
 * For pages: an anonymous visitor goes to the sign-in page and comes back here afterwards, both in the page's
 * language. `returnTo` is the page's address without a language prefix.
 */
export async function requirePageActor(returnTo: string, roles?: readonly Role[]): Promise<SessionActor> {
  const actor = await currentActor();
  const { href } = await requestWords();
  if (!actor) redirect(`${href("/login")}?callbackUrl=${encodeURIComponent(href(returnTo))}`);
  if (roles && !roles.includes(actor.role)) redirect(href("/admin?denied=1"));
  return actor;
}

/** Says in English why (for logs and the command line); the write pipeline says it in the page's language by its reason. */
export class NotAuthorisedError extends Error {
  constructor(readonly reason: "sessionEnded" | "roleRefused") {
    super(messages.form[reason]);
  }
}

/** For server actions and route handlers, which are public endpoints whatever page they sit on. */
export async function requireActor(roles?: readonly Role[]): Promise<SessionActor> {
  const actor = await currentActor();
  if (!actor) throw new NotAuthorisedError("sessionEnded");
  if (roles && !roles.includes(actor.role)) {
    throw new NotAuthorisedError("roleRefused");
  }
  return actor;
}
