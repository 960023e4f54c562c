// @security
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";


const { logProgressUpdateAction } = await import("@/app/(site)/admin/commitments/[key]/actions");
const { bulkSetStatusAction } = await import("@/app/(site)/admin/commitments/actions");

const database = useTestDatabase();
const PASSWORD = "a long enough passphrase";
let admin: { id: string; sessionVersion: number };

beforeAll(async () => {
  admin = await makeUser(database.prisma, "ADMIN", { email: "target@example.org", password: PASSWORD });
});

describe("sign-in throttling under a flood", () => {
  it("holds against 1,000 attempts from one address: the right password is refused too", async () => {
    for (let attempt = 0; attempt < 1_000; attempt += 1) {
      await authenticate({ email: `guess${attempt % 50}@example.org`, password: `wrong ${attempt}` }, "203.0.113.5");
    }
    expect(await authenticate({ email: "target@example.org", password: PASSWORD }, "203.0.113.5"))
      .toEqual({ ok: false, reason: "throttled" });
    // Failures were recorded only until the limit: a flood does not grow the table without bound.
    expect(await database.prisma.signInAttempt.count({ where: { clientAddress: "203.0.113.5" } })).toBeLessThan(30);
  });

  it("holds against one account tried from 1,000 addresses", async () => {
    await makeUser(database.prisma, "VIEWER", { email: "victim@example.org", password: PASSWORD });
    for (let attempt = 0; attempt < 1_000; attempt += 1) {
      await authenticate({ email: "victim@example.org", password: `wrong ${attempt}` }, `198.18.${attempt % 250}.${attempt % 7}`);
    }
    expect(await authenticate({ email: "victim@example.org", password: PASSWORD }, "198.18.0.200"))
      .toEqual({ ok: false, reason: "throttled" });
  });
});

describe("oversized input gets a clear refusal", () => {
  it("refuses a 1 MB note with the limit, and gives the text back", async () => {
    signInAs(admin);
    const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key: "uy-regularization-decrees" } });
    const form = new FormData();
    const note = "x".repeat(1_000_000);
    for (const [name, value] of Object.entries({ commitmentId: row.id, expectedVersion: String(row.version), status: row.status,
      statusReason: "", note, evidenceUrls: "", visibility: "PUBLIC" })) form.set(name, value);
    const result = await logProgressUpdateAction({}, form);
    expect(result.fieldErrors?.note?.[0]).toBe("A note has at most 10,000 characters.");
    expect(result.values?.note).toHaveLength(1_000_000);
    expect((await database.prisma.commitment.findUniqueOrThrow({ where: { id: row.id } })).version).toBe(row.version);
  });

  it("refuses a selection of 10,000 commitments for a bulk change", async () => {
    signInAs(admin);
    const form = new FormData();
    for (let index = 0; index < 10_000; index += 1) form.append("selected", `c${index}:1`);
    form.set("status", "AT_RISK");
    form.set("statusReason", "Flood");
    const result = await bulkSetStatusAction({}, form);
    expect(result.fieldErrors?.selected?.[0]).toBe("Select at most 200 commitments at a time.");
  });
});
