/** The session getServerSession returns in integration tests (mocked in integration-setup.ts). */
export const signedIn: { session: { uid: string; sv: number; expires: string } | null } = { session: null };

export function signInAs(user: { id: string; sessionVersion: number } | null) {
  signedIn.session = user ? { uid: user.id, sv: user.sessionVersion, expires: "2999-01-01T00:00:00.000Z" } : null;
}

/** The language of the page a test's server action is posted from (the header proxy.ts sets; see integration-setup.ts). */
export const postedFrom: { locale: "en" | "es" } = { locale: "en" };
