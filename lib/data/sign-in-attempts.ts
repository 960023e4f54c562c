import "server-only";
import { db } from "../db/client";
import { SIGN_IN_WINDOW_MINUTES } from "../domain/sign-in-throttle";

export async function countRecentFailures(email: string, clientAddress: string, now = new Date()) {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const [byAccount, byAddress] = await Promise.all([
    db().signInAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    db().signInAttempt.count({ where: { clientAddress, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return { byAccount, byAddress };
}

export async function recordSignInAttempt(email: string, clientAddress: string, succeeded: boolean) {
  await db().signInAttempt.create({ data: { email, clientAddress, succeeded } });
}
