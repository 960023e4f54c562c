import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "../env";
import { authenticate } from "./authenticate";

/** Set by lib/server/serve-next.mjs from the connection itself, so a client cannot choose it. */
const CLIENT_ADDRESS_HEADER = "x-pledgeboard-client-address";

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    // JWT sessions keep no session state in any one app instance; loadActor checks the account on every request.
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const header = request.headers?.[CLIENT_ADDRESS_HEADER];
          const result = await authenticate(credentials ?? {}, typeof header === "string" ? header : "unknown");
          if (!result.ok) throw new Error(result.reason === "throttled" ? "THROTTLED" : "INVALID");
          return { id: result.userId, sessionVersion: result.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      // Only ids travel to the browser; names and roles are read from the database where they are needed.
      session({ session, token }) {
        return { expires: session.expires, uid: token.uid, sv: token.sv };
      },
    },
  };
}
