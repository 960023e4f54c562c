/**
 * Server actions read the session through next-auth's getServerSession, which needs a Next.js request. A test file
 * mocks getServerSession to return `signedIn.session` (see progress-actions.test.ts); everything behind it (loading
 * the user, checking role, scope and session version) runs for real.
 */
export const signedIn: { session: { uid: string; sv: number; expires: string } | null } = { session: null };

export function signInAs(user: { id: string; sessionVersion: number } | null) {
  signedIn.session = user ? { uid: user.id, sv: user.sessionVersion, expires: "2999-01-01T00:00:00.000Z" } : null;
}
