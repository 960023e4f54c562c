import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db/client";
import { isLocale, type Locale } from "../domain/localized-text";
import type { Actor } from "../domain/permissions";
import { actorScope } from "./users";

/**
 * The secret in a user's personal calendar URL. It is kept as is rather than hashed so that the page can show the
 * URL again (to subscribe on a second device); the feed it opens holds only what the user may read anyway. Disabling
 * the user, resetting their password or changing their role drops it (lib/data/users.ts).
 */
export async function getCalendarToken(userId: string): Promise<string | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { calendarToken: true } });
  return user?.calendarToken ?? null;
}

/**
 * A new secret replaces the old one, whose URL answers 404 from then on. The record written is always the actor's
 * own: nobody makes or replaces another's secret.
 */
export async function rotateCalendarToken(actor: Actor): Promise<{ kind: "saved"; token: string }> {
  const token = randomBytes(32).toString("base64url");
  await db().user.update({ where: { id: actor.id }, data: { calendarToken: token } });
  return { kind: "saved", token };
}

/**
 * Whose calendar a secret opens, as of now, and the language they chose (the calendar speaks it): null for an unknown
 * secret or a disabled user.
 */
export async function findCalendarOwner(token: string): Promise<{ actor: Actor; locale: Locale } | null> {
  const user = await db().user.findUnique({
    where: { calendarToken: token },
    select: { id: true, role: true, disabledAt: true, scopeAll: true, locale: true,
      scopes: { select: { countryCode: true, pillarId: true } } },
  });
  if (!user || user.disabledAt) return null;
  return { actor: { id: user.id, role: user.role, scope: actorScope(user.scopes, user.scopeAll) },
    locale: isLocale(user.locale) ? user.locale : "en" };
}
