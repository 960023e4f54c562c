import "server-only";
import { findCredentials, setOwnLocale } from "../data/users";
import { claimSignInCheck, recordSignInSuccess } from "../data/sign-in-attempts";
import { throttleAddressKey } from "../domain/sign-in-throttle";
import { ZSignIn } from "../validation/user";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";

export type AuthenticationResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks a sign-in. The answer is the same for an unknown email, a wrong password and a disabled account, and takes
 * as long, so that it never tells whether an email has an account. A sign-in from a page in a language makes it the
 * account's, for the reminder e-mail: staff who work in Spanish get it in Spanish without looking for the setting.
 */
export async function authenticate(
  credentials: { email?: unknown; password?: unknown; locale?: unknown },
  clientAddress: string,
): Promise<AuthenticationResult> {
  const parsed = ZSignIn.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password, locale } = parsed.data;

  const claim = await claimSignInCheck(email, throttleAddressKey(clientAddress));
  if (claim === null) return { ok: false, reason: "throttled" };
  const user = await findCredentials(email);
  const matches = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
  if (!user || !matches || user.disabledAt !== null) return { ok: false, reason: "invalid" };
  await recordSignInSuccess(claim);
  if (locale) await setOwnLocale(user.id, locale);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
