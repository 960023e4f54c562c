import "server-only";
import { db } from "../db/client";
import { SIGN_IN_WINDOW_MINUTES, isSignInThrottled } from "../domain/sign-in-throttle";

/** Advisory lock classes: one lock per account and one per address, always taken in this order (no deadlock). */
const ACCOUNT_LOCK = 7301;
const ADDRESS_LOCK = 7302;

/**
 * Claims the right to check one password, or answers null when the account or the address has used up its failures.
 * Count, check and record are one step: under the account's and the address's advisory locks the recent failures
 * are counted and, when allowed, the attempt is recorded at once as a failure, so that of any number of concurrent
 * attempts at most the limit are checked. The caller turns the claim into a success with `recordSignInSuccess`.
 * `addressKey` is the address as throttling counts it (an IPv6 /64 as one address, see lib/domain/sign-in-throttle.ts).
 */
export async function claimSignInCheck(email: string, addressKey: string, now = new Date()): Promise<bigint | null> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNT_LOCK}::int, hashtext(${email})),
      pg_advisory_xact_lock(${ADDRESS_LOCK}::int, hashtext(${addressKey}))`;
    const byAccount = await tx.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } });
    const byAddress = await tx.signInAttempt.count({
      where: { clientAddress: addressKey, succeeded: false, createdAt: { gte: since } } });
    if (isSignInThrottled({ byAccount, byAddress })) return null;
    const attempt = await tx.signInAttempt.create({
      data: { email, clientAddress: addressKey, succeeded: false, createdAt: now },
      select: { id: true },
    });
    return attempt.id;
  });
}

/** A claimed check that found the right password no longer counts against the limits. */
export async function recordSignInSuccess(attemptId: bigint) {
  await db().signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true }, select: { id: true } });
}
