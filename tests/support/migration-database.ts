import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/db/databases";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const ALL = readdirSync(MIGRATIONS).filter((entry) => /^\d{14}_/.test(entry)).sort();

const migrationSql = (name: string) => readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");

/**
 * A fresh database holding every migration before `migration`, as a database of an earlier release would: the test
 * writes that release's rows, then applies `migration` (and, if it wants, those after it) to see what it does to them.
 */
export async function databaseBefore(migration: string) {
  const serverUrl = inject("testServerUrl");
  const name = `pb_test_${randomBytes(6).toString("hex")}`;
  await createDatabase(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const earlier of ALL.filter((entry) => entry < migration)) await client.query(migrationSql(earlier));
  return {
    client,
    url,
    apply: () => client.query(migrationSql(migration)),
    applyLater: async () => {
      for (const later of ALL.filter((entry) => entry > migration)) await client.query(migrationSql(later));
    },
    drop: async () => {
      await client.end();
      await dropDatabase(serverUrl, name);
    },
  };
}
