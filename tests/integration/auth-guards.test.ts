// @security
import { redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { authOptions } from "@/lib/auth/options";
import { protectedAction } from "@/lib/auth/protected-action";
import { currentActor, NotAuthorisedError, requireActor, requirePageActor } from "@/lib/auth/session";
import { UserWriteRefusedError } from "@/lib/data/users";
import { messages } from "@/lib/messages/en";
import { signedIn, signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address.mjs";

const database = useTestDatabase();
const PASSWORD = "correct horse battery staple";

/** Where a redirect() thrown by a page guard sends the browser (next/navigation keeps it in the error's digest). */
async function redirectedTo(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (thrown: unknown) => thrown);
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT;")) throw new Error(`no redirect: ${String(error)}`);
  return digest.split(";")[2] ?? "";
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("the sign-in form's provider", () => {
  // authOptions() reads the environment, which the test database's URL joins only once the file's tests start.
  const authorize = (credentials: unknown, request: { headers?: Record<string, unknown> }) =>
    (authOptions().providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } })
      .options.authorize(credentials, request);
  const fromAddress = (address: string) => ({ headers: { [CLIENT_ADDRESS_HEADER]: address } });

  it("signs in with the right password and carries only the account's id and session version", async () => {
    const user = await makeUser(database.prisma, "EDITOR", { email: "guard-ok@example.org", password: PASSWORD });
    expect(await authorize({ email: "guard-ok@example.org", password: PASSWORD }, fromAddress("198.51.100.1")))
      .toEqual({ id: user.id, sessionVersion: 1 });
  });

  it("answers a wrong password with INVALID and a throttled account with THROTTLED, for the sign-in page to word", async () => {
    await makeUser(database.prisma, "EDITOR", { email: "guard-throttle@example.org", password: PASSWORD });
    const attempt = (password: string, address: string) =>
      authorize({ email: "guard-throttle@example.org", password }, fromAddress(address));
    await expect(attempt("wrong", "198.51.100.2")).rejects.toThrow(/^INVALID$/);
    await expect(authorize(undefined, {})).rejects.toThrow(/^INVALID$/);
    for (let failure = 1; failure < 5; failure += 1) await expect(attempt("wrong", `198.51.100.${2 + failure}`)).rejects.toThrow();
    await expect(attempt(PASSWORD, "198.51.100.9")).rejects.toThrow(/^THROTTLED$/);
  });

  it("counts failures per client address from the trusted header, and as one unknown address without it", async () => {
    await makeUser(database.prisma, "EDITOR", { email: "guard-address@example.org", password: PASSWORD });
    // 20 failures from one address (other accounts, so no account limit is reached) lock that address only.
    for (let failure = 0; failure < 20; failure += 1) {
      await expect(authorize({ email: `nobody-${failure}@example.org`, password: "x" }, fromAddress("203.0.113.7")))
        .rejects.toThrow(/^INVALID$/);
    }
    await expect(authorize({ email: "guard-address@example.org", password: PASSWORD }, fromAddress("203.0.113.7")))
      .rejects.toThrow(/^THROTTLED$/);
    expect(await authorize({ email: "guard-address@example.org", password: PASSWORD }, fromAddress("203.0.113.8")))
      .toMatchObject({ sessionVersion: 1 });
    // Requests that reach the app without the proxy's header share one bucket, and a header list is not an address.
    for (let failure = 0; failure < 20; failure += 1) {
      await expect(authorize({ email: `nobody-${failure}@example.org`, password: "x" }, { headers: {} })).rejects.toThrow();
    }
    await expect(authorize({ email: "guard-address@example.org", password: PASSWORD },
      { headers: { [CLIENT_ADDRESS_HEADER]: ["203.0.113.9"] } })).rejects.toThrow(/^THROTTLED$/);
  });
});

describe("the session token", () => {
  const jwt = (input: { token: Record<string, unknown>; user?: unknown }) =>
    (authOptions().callbacks?.jwt as unknown as (i: typeof input) => Promise<Record<string, unknown>>)(input);
  const signOut = (token: Record<string, unknown> | null) => authOptions().events?.signOut?.({ token, session: {} } as never);

  it("lasts twelve hours and is a JWT, so no app instance keeps session state", () => {
    expect(authOptions().session).toEqual({ strategy: "jwt", maxAge: 12 * 60 * 60 });
    expect(authOptions().pages).toEqual({ signIn: "/login", error: "/login" });
  });

  it("gets the account's id, session version and a fresh session id at sign-in, and keeps them after", async () => {
    const token = await jwt({ token: { name: "x" }, user: { id: "user-1", sessionVersion: 3 } });
    expect(token).toMatchObject({ name: "x", uid: "user-1", sv: 3 });
    expect(token.sid).toMatch(/^[0-9a-f-]{36}$/);
    const other = await jwt({ token: {}, user: { id: "user-1", sessionVersion: 3 } });
    expect(other.sid).not.toBe(token.sid);
    expect(await jwt({ token })).toBe(token);
  });

  it("is refused once signed out, and a token from before session ids is refused too", async () => {
    const token = await jwt({ token: {}, user: { id: "user-2", sessionVersion: 1 } });
    await signOut(token);
    await expect(jwt({ token })).rejects.toThrow("session ended");
    await expect(jwt({ token: { uid: "user-2", sv: 1 } })).rejects.toThrow("session ended");
    const ended = await database.prisma.endedSession.findUniqueOrThrow({ where: { id: String(token.sid) } });
    const hours = (ended.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
  });

  it("signs out a token without a session id without storing anything", async () => {
    const before = await database.prisma.endedSession.count();
    await signOut({ uid: "user-3" });
    await signOut(null);
    expect(await database.prisma.endedSession.count()).toBe(before);
  });

  it("shows the browser the ids and the expiry, nothing else", () => {
    const shown = authOptions().callbacks?.session?.({
      session: { expires: "2030-01-01T00:00:00.000Z", user: { name: "n", email: "e@example.org" } },
      token: { uid: "user-4", sv: 2, sid: "secret-session-id", email: "e@example.org" },
    } as never);
    expect(shown).toEqual({ expires: "2030-01-01T00:00:00.000Z", uid: "user-4", sv: 2 });
  });
});

describe("the session guards", () => {
  it("know no one without a session, or with a session whose version is missing or old", async () => {
    const user = await makeUser(database.prisma, "EDITOR");
    signInAs(null);
    expect(await currentActor()).toBeNull();
    signedIn.session = { uid: user.id, expires: "2999-01-01T00:00:00.000Z" } as never;
    expect(await currentActor()).toBeNull();
    signInAs({ id: user.id, sessionVersion: 2 });
    expect(await currentActor()).toBeNull();
    signInAs(user);
    expect(await currentActor()).toMatchObject({ id: user.id, role: "EDITOR" });
  });

  it("send an anonymous visitor of a page to sign in and back, and a role not allowed to the admin home", async () => {
    const viewer = await makeUser(database.prisma, "VIEWER");
    signInAs(null);
    expect(await redirectedTo(requirePageActor("/admin/users?x=1"))).toBe("/login?callbackUrl=%2Fadmin%2Fusers%3Fx%3D1");
    signInAs(viewer);
    expect(await redirectedTo(requirePageActor("/admin/users", ["ADMIN"]))).toBe("/admin?denied=1");
    expect(await requirePageActor("/admin/users", ["ADMIN", "VIEWER"])).toMatchObject({ id: viewer.id });
    expect(await requirePageActor("/admin")).toMatchObject({ id: viewer.id });
  });

  it("refuse an action without a session or with a role not allowed, in words", async () => {
    const viewer = await makeUser(database.prisma, "VIEWER");
    signInAs(null);
    await expect(requireActor()).rejects.toThrow(new NotAuthorisedError(messages.form.sessionEnded));
    signInAs(viewer);
    await expect(requireActor(["ADMIN", "EDITOR"])).rejects.toThrow(messages.form.roleRefused);
    expect(await requireActor()).toMatchObject({ id: viewer.id });
    expect(await requireActor(["VIEWER"])).toMatchObject({ id: viewer.id });
  });
});

describe("protectedAction", () => {
  const schema = z.object({ title: z.string().min(3, "Too short."), size: z.object({ n: z.number().max(9, "Too big.") }) });
  const calls: string[] = [];
  const action = protectedAction({
    roles: ["EDITOR"],
    schema,
    input: (data) => ({ title: data.get("title"), size: { n: Number(data.get("n")) } }),
    run: async (actor, data) => {
      calls.push(data.title);
      if (data.title === "refused") throw new UserWriteRefusedError("Refused by the data layer.");
      if (data.title === "broken") throw new Error("a bug");
      if (data.title === "redirect") redirect("/admin/done");
      if (data.title === "invalid") return { kind: "invalid" as const, fieldErrors: { title: ["Too short."] } };
      if (data.title === "forbidden") return { kind: "forbidden" as const };
      if (data.title === "not-found") return { kind: "not-found" as const };
      return { kind: "saved" as const, role: actor.role };
    },
    answer: (result) => `saved by ${result.role}`,
  });

  it("runs the body for an allowed role with the parsed input", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    expect(await action({}, form({ title: "Fine", n: "2" }))).toEqual({ ok: true, message: "saved by EDITOR" });
  });

  it("gives the typed text back with the reason when the session ended or the role is not allowed", async () => {
    signInAs(null);
    const typed = { title: "Typed text", n: "1" };
    expect(await action({}, form(typed))).toEqual({ ok: false, message: messages.form.sessionEnded, values: typed });
    signInAs(await makeUser(database.prisma, "VIEWER"));
    expect(await action({}, form(typed))).toEqual({ ok: false, message: messages.form.roleRefused, values: typed });
  });

  it("names each field that holds a NUL character before parsing, and runs nothing", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    const before = calls.length;
    const typed = { title: "a\u0000b", n: "x\u0000", other: "fine" };
    expect(await action({}, form(typed))).toEqual({ ok: false, message: messages.form.needsAttention,
      fieldErrors: { title: [messages.form.nul], n: [messages.form.nul] }, values: typed });
    expect(calls.length).toBe(before);
  });

  it("puts every schema error under its field's dotted name, several under one field", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    const strict = protectedAction({
      roles: ["EDITOR"],
      schema: z.object({ title: z.string().min(3, "Too short.").regex(/^[A-Z]/, "Starts with a capital."),
        size: z.object({ n: z.number().max(9, "Too big.") }) }),
      input: (data) => ({ title: data.get("title"), size: { n: Number(data.get("n")) } }),
      run: async () => ({ kind: "saved" as const }),
      answer: () => "saved",
    });
    const typed = { title: "ab", n: "12" };
    expect(await strict({}, form(typed))).toEqual({ ok: false, message: messages.form.needsAttention,
      fieldErrors: { title: ["Too short.", "Starts with a capital."], "size.n": ["Too big."] }, values: typed });
  });

  it("says a refusal from the data layer in its own words, and any other failure as unexpected, the text kept", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    expect(await action({}, form({ title: "refused", n: "1" })))
      .toEqual({ ok: false, message: "Refused by the data layer.", values: { title: "refused", n: "1" } });
    expect(await action({}, form({ title: "broken", n: "1" })))
      .toEqual({ ok: false, message: messages.form.unexpected, values: { title: "broken", n: "1" } });
  });

  it("lets a redirect from the body through, as the answer it is", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    expect(await redirectedTo(action({}, form({ title: "redirect", n: "1" })))).toBe("/admin/done");
  });

  it("words each refusal of a commitment write the same way for every action, the text kept", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    const typed = (title: string) => ({ title, n: "1" });
    expect(await action({}, form(typed("invalid")))).toEqual({ ok: false, message: messages.form.needsAttention,
      fieldErrors: { title: ["Too short."] }, values: typed("invalid") });
    expect(await action({}, form(typed("forbidden"))))
      .toEqual({ ok: false, message: messages.commitment.outsideScope, values: typed("forbidden") });
    expect(await action({}, form(typed("not-found"))))
      .toEqual({ ok: false, message: messages.commitment.goneOrArchived, values: typed("not-found") });
  });
});
