// @security
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "@/lib/domain/sign-in-throttle";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const database = useTestDatabase();
const PASSWORD = "correct horse battery staple";

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on the email, and stores only an argon2id hash", async () => {
    const user = await makeUser(database.prisma, "EDITOR", { email: "ana@example.org", password: PASSWORD });
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(await authenticate({ email: "Ana@Example.org", password: PASSWORD }, "10.0.0.1"))
      .toEqual({ ok: true, userId: user.id, sessionVersion: 1 });
  });

  it("gives the same answer for an unknown email, a wrong password and a disabled account", async () => {
    const user = await makeUser(database.prisma, "EDITOR", { email: "ben@example.org", password: PASSWORD });
    const wrong = await authenticate({ email: "ben@example.org", password: "not the password" }, "10.0.0.2");
    const unknown = await authenticate({ email: "nobody@example.org", password: PASSWORD }, "10.0.0.2");
    await database.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const disabled = await authenticate({ email: "ben@example.org", password: PASSWORD }, "10.0.0.2");
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    expect(disabled).toEqual(wrong);
  });

  it("throttles one account after repeated failures, from any address, even with the right password", async () => {
    await makeUser(database.prisma, "VIEWER", { email: "cleo@example.org", password: PASSWORD });
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      expect(await authenticate({ email: "cleo@example.org", password: "guess " + attempt }, `192.0.2.${attempt}`))
        .toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate({ email: "cleo@example.org", password: PASSWORD }, "192.0.2.200"))
      .toEqual({ ok: false, reason: "throttled" });
  });

  it("throttles one address trying many accounts, and counts unknown emails too", async () => {
    const user = await makeUser(database.prisma, "VIEWER", { email: "dev@example.org", password: PASSWORD });
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS; attempt += 1) {
      await authenticate({ email: `someone${attempt}@example.org`, password: "guess" }, "198.51.100.7");
    }
    expect(await authenticate({ email: "dev@example.org", password: PASSWORD }, "198.51.100.7"))
      .toEqual({ ok: false, reason: "throttled" });
    expect(await authenticate({ email: "dev@example.org", password: PASSWORD }, "198.51.100.8"))
      .toEqual({ ok: true, userId: user.id, sessionVersion: 1 });
  });

  it("keeps the counters in PostgreSQL, where every app instance sees them", async () => {
    expect(await database.prisma.signInAttempt.count({ where: { clientAddress: "198.51.100.7", succeeded: false } }))
      .toBeGreaterThanOrEqual(MAX_FAILURES_PER_ADDRESS);
  });
});
