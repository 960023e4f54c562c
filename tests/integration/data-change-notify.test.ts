import pg from "pg";
import { describe, expect, it } from "vitest";
import { getPublicCommitment } from "@/lib/data/public-commitments";
import { dataGeneration } from "@/lib/server/data-generation.mjs";
import { awaitDataGeneration } from "../support/data-generation";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();

/** Tables no public page, feed, export or calendar reads: a write to them must not cost every cache its copies. */
const PRIVATE_TABLES = ["_prisma_migrations", "sign_in_attempt", "ended_session", "user_scope", "reminder_snooze", "reminder_delivery",
  "reminder_setting"];

async function sql(text: string): Promise<void> {
  // A connection of its own, as a script or another app instance would write.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

describe("freshness the database enforces", () => {
  it("has every table a public page may read notify its changes, and lists the others as private", async () => {
    const rows = await database.prisma.$queryRaw<{ table: string; notifies: boolean }[]>`
      SELECT c.relname AS table,
             EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                     WHERE t.tgrelid = c.oid AND p.proname = 'pledgeboard_notify_data_change') AS notifies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`;
    const silent = rows.filter((row) => !row.notifies).map((row) => row.table);
    expect(silent.sort()).toEqual([...PRIVATE_TABLES].sort());
    expect(rows.filter((row) => row.notifies).map((row) => row.table)).toEqual(
      expect.arrayContaining(["commitment", "deadline", "target", "progress_update", "app_user", "country"]));
  });

  it("moves the generation when a raw SQL write commits, so a cached page read shows it", async () => {
    const key = "uy-regularization-decrees";
    const before = await awaitDataGeneration(database.url);
    expect((await getPublicCommitment(key))?.title).not.toContain("(renamed by a script)");
    await sql(`UPDATE commitment SET title = title || ' (renamed by a script)' WHERE key = '${key}'`);
    await awaitDataGeneration(database.url, before);
    expect((await getPublicCommitment(key))?.title).toContain("(renamed by a script)");
  });

  it("does not move it for a write no public page shows, nor before the writing transaction commits", async () => {
    const before = await awaitDataGeneration(database.url);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query("UPDATE commitment SET title = title WHERE key = 'uy-regularization-decrees'");
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(dataGeneration(database.url).current()).toBe(before);
      await client.query("ROLLBACK");
      await sql("UPDATE app_user SET session_version = session_version + 1");
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(dataGeneration(database.url).current()).toBe(before);
    } finally {
      await client.end();
    }
  });
});
