import "server-only";
import { db } from "../db/client";

/**
 * Signing out ends that one session on the server, not only in the browser: a copy of its cookie taken before opens
 * nothing afterwards. A row is kept until the token would have expired anyway, and old rows go with the next sign-out.
 */
export async function endSession(sessionId: string, lifetimeSeconds: number, now = new Date()) {
  const expiresAt = new Date(now.getTime() + lifetimeSeconds * 1000);
  await db().$transaction([
    db().endedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db().endedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, expiresAt }, update: {},
      select: { id: true } }),
  ]);
}

export async function isSessionEnded(sessionId: string): Promise<boolean> {
  return (await db().endedSession.count({ where: { id: sessionId } })) > 0;
}
