import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "../env";
import { endSession, isSessionEnded } from "../data/ended-sessions";
import { CLIENT_ADDRESS_HEADER } from "../server/client-address.mjs";
import { authenticate } from "./authenticate";

const SESSION_SECONDS = 12 * 60 * 60;

/** Thrown while reading a session that was signed out: next-auth then answers no session and clears the cookie. */
class EndedSessionError extends Error {}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    // JWT sessions keep no session state in any one app instance; loadActor checks the account on every request.
    session: { strategy: "jwt", maxAge: SESSION_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" },
          locale: { label: "Language", type: "text" } },
        async authorize(credentials, request) {
          const header = request.headers?.[CLIENT_ADDRESS_HEADER];
          const result = await authenticate(credentials ?? {}, typeof header === "string" ? header : "unknown");
          if (!result.ok) throw new Error(result.reason === "throttled" ? "THROTTLED" : "INVALID");
          return { id: result.userId, sessionVersion: result.sessionVersion };
        },
      }),
    ],
    callbacks: {
      // A token without a session id predates sign-out on the server; it is refused like an ended one.
      async jwt({ token, user }) {
        if (user) return { ...token, uid: user.id, sv: user.sessionVersion, sid: randomUUID() };
        if (!token.sid || (await isSessionEnded(token.sid))) throw new EndedSessionError("session ended");
        return token;
      },
      // Only ids travel to the browser; names and roles are read from the database where they are needed.
      session({ session, token }) {
        return { expires: session.expires, uid: token.uid, sv: token.sv };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await endSession(token.sid, SESSION_SECONDS);
      },
    },
  };
}
