// @faults
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const { bulkSetStatus } = await import("@/lib/data/bulk-status");
const { bulkSetStatusAction } = await import("@/app/(site)/admin/commitments/actions");

const database = useTestDatabase();
let admin: { id: string; sessionVersion: number };

beforeAll(async () => {
  admin = await makeUser(database.prisma, "ADMIN");
});

/** Five commitments that are neither at risk nor archived, in the order of the source. */
async function fiveCommitments() {
  return database.prisma.commitment.findMany({ where: { status: { not: "AT_RISK" }, archivedAt: null },
    orderBy: { position: "asc" }, take: 5, select: { id: true, version: true, status: true } });
}

async function snapshot(ids: string[]) {
  const [rows, entries] = await Promise.all([
    database.prisma.commitment.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" },
      select: { id: true, status: true, version: true } }),
    database.prisma.progressUpdate.count({ where: { commitmentId: { in: ids } } }),
  ]);
  return { rows, entries };
}

const actor = () => ({ id: admin.id, role: "ADMIN" as const, scope: { countryCodes: [], pillarIds: [] } });

describe("bulk status change is all or nothing", () => {
  it("changes none of five when the third was saved by a colleague after the list was loaded", async () => {
    const rows = await fiveCommitments();
    const ids = rows.map((row) => row.id);
    const middle = rows[2];
    if (!middle) throw new Error("the seed has fewer than five commitments");
    // A colleague saves the third one: the version the editor's list carries is now stale.
    await database.prisma.commitment.update({ where: { id: middle.id }, data: { version: { increment: 1 } } });
    const before = await snapshot(ids);

    const result = await bulkSetStatus(actor(), {
      selected: rows.map((row) => ({ commitmentId: row.id, expectedVersion: row.version })),
      status: "AT_RISK", statusReason: "Budget cut", evidenceUrl: "", noEvidence: false,
    });

    expect(result.kind).toBe("held-back");
    expect(result.outcomes.filter(({ outcome }) => outcome === "conflict").map(({ commitmentId }) => commitmentId))
      .toEqual([middle.id]);
    expect(await snapshot(ids)).toEqual(before);
  });

  it("changes all, with one history entry each carrying the reason, when every one passes", async () => {
    const rows = await fiveCommitments();
    const ids = rows.map((row) => row.id);
    const result = await bulkSetStatus(actor(), {
      selected: rows.map((row) => ({ commitmentId: row.id, expectedVersion: row.version })),
      status: "AT_RISK", statusReason: "Budget cut", evidenceUrl: "", noEvidence: false,
    });
    expect(result.kind).toBe("saved");
    const after = await database.prisma.commitment.findMany({ where: { id: { in: ids } } });
    for (const row of rows) {
      const changed = after.find((item) => item.id === row.id);
      expect(changed?.status).toBe("AT_RISK");
      expect(changed?.version).toBe(row.version + 1);
    }
    const entries = await database.prisma.progressUpdate.findMany({ where: { commitmentId: { in: ids }, newStatus: "AT_RISK" } });
    expect(entries).toHaveLength(5);
    expect(new Set(entries.map((entry) => entry.statusReason))).toEqual(new Set(["Budget cut"]));
    expect(entries.map((entry) => entry.authorId)).toEqual(Array(5).fill(admin.id));
  });

  it("tells the editor through the action that nothing changed and why, keeping the ticked rows", async () => {
    signInAs(admin);
    const rows = await fiveCommitments();
    const form = new FormData();
    for (const row of rows) form.append("selected", `${row.id}:${row.version - 1}`);
    form.set("status", "AT_RISK");
    form.set("statusReason", "Budget cut");
    const result = await bulkSetStatusAction({}, form);
    expect(result.ok).toBe(false);
    expect(result.message).toBe("Nothing was changed: 5 of 5 were changed by a colleague after you loaded the list. " +
      "Untick those, or reload the list, and try again.");
    expect(result.values?.selected?.split("\n")).toHaveLength(5);
  });
});
