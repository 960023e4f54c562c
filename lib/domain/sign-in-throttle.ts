/**
 * Failed sign-ins allowed within the window, per account and per client address. The account limit stops guessing
 * one password from many addresses; the address limit stops one address from trying many accounts.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export function isSignInThrottled(failures: { byAccount: number; byAddress: number }): boolean {
  return failures.byAccount >= MAX_FAILURES_PER_ACCOUNT || failures.byAddress >= MAX_FAILURES_PER_ADDRESS;
}

/** What the sign-in form says for each refusal; neither tells whether the email has an account. */
export const SIGN_IN_MESSAGES: Record<string, string> = {
  INVALID: "The email or password is not right.",
  THROTTLED: `Too many failed sign-ins for this account or from this address. Wait ${SIGN_IN_WINDOW_MINUTES} minutes and try again.`,
};
