// @faults
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { restoreBackup, RestoreRefusedError, tablesInDependencyOrder, writeBackup } from "@/lib/db/backup";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/db/databases";
import { applyMigrations } from "@/lib/db/migrate";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const source = useTestDatabase();
const folder = await mkdtemp(path.join(tmpdir(), "pledgeboard-backup-"));
const emptyName = `pb_restore_${process.pid}_${Date.now()}`;

afterAll(async () => {
  await dropDatabase(inject("testServerUrl"), emptyName);
  await rm(folder, { recursive: true, force: true });
});

/** Every row of every table, as text, in a stable order: two databases with equal snapshots hold the same data. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, string[]> = {};
    for (const table of await tablesInDependencyOrder(client)) {
      const rows = await client.query<{ line: string }>(`SELECT row_to_json(t)::text AS line FROM "${table}" t`);
      result[table] = rows.rows.map((row) => row.line).sort();
    }
    return result;
  } finally {
    await client.end();
  }
}

describe("backup and restore", () => {
  it("round-trips the full seed plus logged history, users and throttling counters, row for row", async () => {
    const editor = await makeUser(source.prisma, "EDITOR", { countries: ["CR"] });
    const commitment = await source.prisma.commitment.findUniqueOrThrow({ where: { key: "cr-safe-mobility-offices-extension" } });
    await source.prisma.commitment.update({ where: { id: commitment.id }, data: { version: { increment: 1 }, status: "AT_RISK" } });
    const first = await source.prisma.progressUpdate.create({ data: { commitmentId: commitment.id, authorId: editor.id,
      source: "STAFF", visibility: "INTERNAL", version: commitment.version + 1, oldStatus: "IN_PROGRESS", newStatus: "AT_RISK",
      statusReason: "Budget, \"quoted\", and a line\nbreak", note: "Bogotá = Perú?", evidenceUrls: ["https://example.org/a"] } });
    await source.prisma.progressUpdate.create({ data: { commitmentId: commitment.id, authorId: editor.id, source: "STAFF",
      visibility: "PUBLIC", version: commitment.version + 1, correctsId: first.id, note: "Correction", evidenceUrls: [] } });
    await source.prisma.signInAttempt.create({ data: { email: "x@example.org", clientAddress: "10.0.0.9", succeeded: false } });

    const file = path.join(folder, "backup.ndjson.gz");
    await writeBackup(source.url, file);

    await createDatabase(inject("testServerUrl"), emptyName);
    const target = withDatabase(inject("testServerUrl"), emptyName);
    await applyMigrations(target);
    const { rows } = await restoreBackup(target, file);
    const [before, after] = await Promise.all([snapshot(source.url), snapshot(target)]);
    expect(after).toEqual(before);
    expect(rows).toBe(Object.values(before).reduce((sum, lines) => sum + lines.length, 0));
    expect(before.progress_update!.length).toBeGreaterThan(40);

    const client = new pg.Client({ connectionString: target });
    await client.connect();
    const next = await client.query("INSERT INTO sign_in_attempt (email, client_address, succeeded) VALUES ('y', 'z', true) RETURNING id");
    await client.end();
    expect(Number(next.rows[0].id)).toBeGreaterThan(Math.max(...before.sign_in_attempt!.map((line) => Number(JSON.parse(line).id))));
  });

  it("refuses to restore over data, and leaves it untouched", async () => {
    const file = path.join(folder, "again.ndjson.gz");
    await writeBackup(source.url, file);
    const countBefore = await source.prisma.commitment.count();
    await expect(restoreBackup(source.url, file)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreBackup(source.url, file)).rejects.toThrow(/not empty/);
    expect(await source.prisma.commitment.count()).toBe(countBefore);
  });
});
