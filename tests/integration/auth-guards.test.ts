// @security
import { redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { authOptions } from "@/lib/auth/options";
import { protectedAction, type RefusalWords } from "@/lib/auth/protected-action";
import { currentActor, NotAuthorisedError, requireActor, requirePageActor } from "@/lib/auth/session";
import { UserWriteRefusedError } from "@/lib/data/users";
import { describeConflict } from "@/lib/domain/conflict-message";
import type { WriteRefusal } from "@/lib/domain/write-result";
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

  it("counts a failure against the client address the proxy's header names, and as one unknown address without it", async () => {
    const addressesOf = async (email: string) => (await database.prisma.signInAttempt.findMany({ where: { email },
      orderBy: { id: "asc" }, select: { clientAddress: true } })).map((attempt) => attempt.clientAddress);
    await expect(authorize({ email: "nobody-a@example.org", password: "x" }, fromAddress("203.0.113.7"))).rejects.toThrow();
    await expect(authorize({ email: "nobody-a@example.org", password: "x" }, { headers: {} })).rejects.toThrow();
    // A header given twice arrives as a list, which is no address a client could be held to.
    await expect(authorize({ email: "nobody-a@example.org", password: "x" },
      { headers: { [CLIENT_ADDRESS_HEADER]: ["203.0.113.9"] } })).rejects.toThrow();
    expect(await addressesOf("nobody-a@example.org")).toEqual(["203.0.113.7", "unknown", "unknown"]);
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
    await expect(requireActor()).rejects.toThrow(new NotAuthorisedError("sessionEnded"));
    signInAs(viewer);
    await expect(requireActor(["ADMIN", "EDITOR"])).rejects.toThrow(messages.form.roleRefused);
    expect(await requireActor()).toMatchObject({ id: viewer.id });
    expect(await requireActor(["VIEWER"])).toMatchObject({ id: viewer.id });
  });
});

describe("protectedAction", () => {
  type Outcome = { kind: "saved"; title: string } | WriteRefusal;
  const outcomes: Record<string, Outcome> = {
    forbidden: { kind: "forbidden" },
    gone: { kind: "not-found" },
    invalid: { kind: "invalid", fieldErrors: { title: ["Taken."] } },
    conflict: { kind: "conflict" },
    refused: { kind: "refused", message: "The file cannot be read." },
  };
  const calls: string[] = [];
  const schema = z.object({ title: z.string().min(3, "Too short."), size: z.object({ n: z.number().max(9, "Too big.") }) });
  const input = (data: FormData) => ({ title: data.get("title"), size: { n: Number(data.get("n")) } });
  const action = (refusals?: RefusalWords) => protectedAction({
    roles: ["EDITOR"],
    schema,
    input,
    refusals: refusals && (() => refusals),
    run: async (_actor, data): Promise<Outcome> => {
      calls.push(data.title);
      if (data.title === "account") throw new UserWriteRefusedError("Refused by the data layer.", { email: ["In use."] });
      if (data.title === "redirect") redirect("/admin/done");
      return outcomes[data.title] ?? { kind: "saved", title: data.title };
    },
    answer: (result, _values, data) => `saved ${result.kind === "saved" ? result.title : "?"} at size ${data.size.n}`,
  });

  it("runs the write for an allowed role with the parsed input, and says it saved", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    expect(await action()({}, form({ title: "Fine", n: "2" }))).toEqual({ ok: true, message: "saved Fine at size 2" });
    const stateful = protectedAction({ roles: ["EDITOR"], schema, input, run: async () => ({ kind: "saved" as const }),
      answer: (_result, values) => ({ ok: true, message: "kept", values }) });
    expect(await stateful({}, form({ title: "Fine", n: "2" }))).toEqual({ ok: true, message: "kept",
      values: { title: "Fine", n: "2" } });
  });

  it("gives the typed text back with the reason when the session ended or the role is not allowed", async () => {
    signInAs(null);
    const typed = { title: "Typed text", n: "1" };
    expect(await action()({}, form(typed))).toEqual({ ok: false, message: messages.form.sessionEnded, values: typed });
    signInAs(await makeUser(database.prisma, "VIEWER"));
    expect(await action()({}, form(typed))).toEqual({ ok: false, message: messages.form.roleRefused, values: typed });
  });

  it("names each field that holds a NUL character before parsing, and runs nothing", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    const before = calls.length;
    const typed = { title: "a\u0000b", n: "x\u0000", other: "fine" };
    expect(await action()({}, form(typed))).toEqual({ ok: false, message: messages.form.needsAttention,
      fieldErrors: { title: [messages.form.nul], n: [messages.form.nul] }, values: typed });
    expect(calls.length).toBe(before);
  });

  it("puts every schema error under its field's dotted name, several under one field", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    const strict = protectedAction({
      roles: ["EDITOR"],
      schema: z.object({ title: z.string().min(3, "Too short.").regex(/^[A-Z]/, "Starts with a capital."),
        size: z.object({ n: z.number().max(9, "Too big.") }) }),
      input,
      run: async () => ({ kind: "saved" as const }),
      answer: () => "saved",
    });
    const typed = { title: "ab", n: "12" };
    expect(await strict({}, form(typed))).toEqual({ ok: false, message: messages.form.needsAttention,
      fieldErrors: { title: ["Too short.", "Starts with a capital."], "size.n": ["Too big."] }, values: typed });
  });

  it("words each refusal of a write from the catalogue, or in the words the action names, the text kept", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    const answer = async (title: string, refusals?: RefusalWords) => action(refusals)({}, form({ title, n: "1" }));
    const values = (title: string) => ({ title, n: "1" });
    expect(await answer("forbidden")).toEqual({ ok: false, message: messages.commitment.outsideScope, values: values("forbidden") });
    expect(await answer("gone")).toEqual({ ok: false, message: messages.commitment.goneOrArchived, values: values("gone") });
    expect(await answer("conflict")).toEqual({ ok: false, message: messages.commitment.changedSinceOpened,
      values: values("conflict") });
    expect(await answer("invalid")).toEqual({ ok: false, message: messages.form.needsAttention,
      fieldErrors: { title: ["Taken."] }, values: values("invalid") });
    expect(await answer("refused")).toEqual({ ok: false, message: "The file cannot be read.", values: values("refused") });
    const words = { forbidden: "Admins only.", "not-found": "No such account.", conflict: "Changed meanwhile." };
    expect(await answer("forbidden", words)).toMatchObject({ ok: false, message: "Admins only." });
    expect(await answer("gone", words)).toMatchObject({ ok: false, message: "No such account." });
    expect(await answer("conflict", words)).toMatchObject({ ok: false, message: "Changed meanwhile." });
  });

  it("tells a conflict what the colleague saved, and lets the next save be made against their version", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    const changesSince = [{ createdAt: new Date("2026-11-30T10:00:00Z"), author: "Ana", oldStatus: "IN_PROGRESS" as const,
      newStatus: "AT_RISK" as const, note: "Funds late", deadlineChanges: 0 }];
    const conflicted = protectedAction({ roles: ["EDITOR"], schema, input,
      run: async (): Promise<WriteRefusal> => ({ kind: "conflict", currentVersion: 7, changesSince }), answer: () => "saved" });
    expect(await conflicted({}, form({ title: "Mine", n: "1", expectedVersion: "6" }))).toEqual({ ok: false,
      message: describeConflict(changesSince, messages), values: { title: "Mine", n: "1", expectedVersion: "7" } });
  });

  // An unexpected failure's words depend on whether PostgreSQL answers (lib/db/reachability.ts), whose probe is one
  // per process: under Stryker, where test files share a process, it may still point at another file's dropped
  // database, so that answer is not asserted here.
  it("says an account write's refusal in its own words with its fields", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    expect(await action()({}, form({ title: "account", n: "1" }))).toEqual({ ok: false,
      message: "Refused by the data layer.", fieldErrors: { email: ["In use."] }, values: { title: "account", n: "1" } });
  });

  it("lets a redirect from the write through, as the answer it is", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR", { countries: ["CR"] }));
    expect(await redirectedTo(action()({}, form({ title: "redirect", n: "1" })))).toBe("/admin/done");
  });
});
