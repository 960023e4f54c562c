import { beforeAll, describe, expect, it } from "vitest";
import { getPublicCommitment } from "@/lib/data/public-commitments";
import { awaitDataGeneration } from "../support/data-generation";
import { signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const { logProgressUpdateAction } = await import("@/app/(site)/admin/commitments/[key]/actions");

const database = useTestDatabase();
const KEY = "gt-la-aurora-airport-biometric-program";
let admin: { id: string; sessionVersion: number };

beforeAll(async () => {
  admin = await makeUser(database.prisma, "ADMIN");
});

/** The progress form as a browser sends it: a public note, status unchanged. */
async function noteForm(note: string) {
  const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key: KEY } });
  const form = new FormData();
  for (const [name, value] of Object.entries({ commitmentId: row.id, expectedVersion: String(row.version),
    status: row.status, statusReason: "", note, evidenceUrls: "", visibility: "PUBLIC" })) form.set(name, value);
  return form;
}

describe("a save read back by the process that made it", () => {
  // The page a save re-renders (revalidatePath) is drawn in the same request, before PostgreSQL's notification of the
  // commit has come back over the listening connection: the cache must not answer it with what was there before.
  it("shows each of five saves at the read right after it, without waiting for the notification", async () => {
    await awaitDataGeneration(database.url);
    signInAs(admin);
    for (let round = 1; round <= 5; round += 1) {
      const before = await getPublicCommitment(KEY);
      const result = await logProgressUpdateAction({}, await noteForm(`Read-own-write note ${round}`));
      expect(result).toMatchObject({ ok: true });
      const shown = await getPublicCommitment(KEY);
      const saved = await database.prisma.commitment.findUniqueOrThrow({ where: { key: KEY } });
      expect(saved.lastUpdateAt).not.toEqual(before?.lastUpdateAt);
      expect(shown?.lastUpdateAt).toEqual(saved.lastUpdateAt);
    }
  });
});
