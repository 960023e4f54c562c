import { describe, expect, it } from "vitest";
import { getPublicCommitment, listPublicCommitments } from "@/lib/data/public-commitments";
import { logProgressUpdate } from "@/lib/data/progress-updates";
import { awaitDataGeneration } from "../support/data-generation";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const database = useTestDatabase();
const FILTERS = { sort: "source", page: 1 } as const;

describe("the public read cache", () => {
  it("serves a repeated read from the cache while nothing changed", async () => {
    await awaitDataGeneration(database.url);
    const first = await listPublicCommitments(FILTERS, "2026-11-28");
    const second = await listPublicCommitments(FILTERS, "2026-11-28");
    expect(second).toBe(first);
  });

  it("shows a status change at the next read, without waiting for a timer", async () => {
    const generation = await awaitDataGeneration(database.url);
    const before = await getPublicCommitment("uy-regularization-decrees");
    expect(before?.status).toBe("IN_PROGRESS");
    const admin = await makeUser(database.prisma, "ADMIN");
    const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key: "uy-regularization-decrees" } });
    const result = await logProgressUpdate({ id: admin.id, role: "ADMIN", scope: { countryCodes: [], pillarIds: [] } }, {
      commitmentId: row.id, expectedVersion: row.version, status: "COMPLETED", statusReason: "Decrees in force",
      note: "", noteLang: "en", evidenceUrls: ["https://example.org/decree"], noEvidence: false, confirmEarlyDeadlines: false, visibility: "PUBLIC", deadlines: [],
      valueReached: undefined,
    });
    expect(result.kind).toBe("saved");
    await awaitDataGeneration(database.url, generation);
    expect((await getPublicCommitment("uy-regularization-decrees"))?.status).toBe("COMPLETED");
  });

  it("drops an archived commitment from the public lists at the next read", async () => {
    const key = "mx-chiapas-multi-purpose-processing-center";
    const generation = await awaitDataGeneration(database.url);
    expect((await listPublicCommitments({ ...FILTERS, q: "Chiapas" }, "2026-11-28")).rows.map((r) => r.key)).toContain(key);
    await database.prisma.commitment.update({ where: { key }, data: { archivedAt: new Date() } });
    await awaitDataGeneration(database.url, generation);
    expect((await listPublicCommitments({ ...FILTERS, q: "Chiapas" }, "2026-11-28")).rows.map((r) => r.key)).not.toContain(key);
  });
});
