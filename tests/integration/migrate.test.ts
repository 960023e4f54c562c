// @faults
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createDatabase, dropDatabase, withDatabase } from "../../lib/db/databases";
import { applyMigrations, resetDatabase, schemaEngineBinary } from "../../lib/db/migrate";

// Counts the Prisma CLI runs of applyMigrations, so that "nothing to do" can be told from "did it again".
vi.mock("node:child_process", async (importOriginal) => {
  const original = await importOriginal<typeof import("node:child_process")>();
  return { ...original, spawn: vi.fn(original.spawn) };
});
const cliRuns = () => vi.mocked(spawn).mock.calls.length;

const root = path.resolve(import.meta.dirname, "../..");
const migrationsDir = path.join(root, "prisma/migrations");
const appTables = [
  "declaration",
  "pillar",
  "country",
  "commitment",
  "commitment_country",
  "commitment_link",
  "deadline",
  "target",
  "progress_update",
  "deadline_change",
  "app_user",
  "user_scope",
  "sign_in_attempt",
];

let serverUrl: string;
const created: string[] = [];

beforeAll(() => {
  serverUrl = inject("testServerUrl");
});

afterEach(async () => {
  for (const name of created.splice(0)) await dropDatabase(serverUrl, name);
});

/** An empty database, or a copy of the harness's migrated and seeded one; dropped after the test. */
async function database(from: "empty" | "template"): Promise<string> {
  const name = `pb_migrate_${randomBytes(6).toString("hex")}`;
  await createDatabase(serverUrl, name, from === "template" ? inject("templateDatabase") : undefined);
  created.push(name);
  return withDatabase(serverUrl, name);
}

async function sql<R extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function count(url: string, table: string): Promise<number> {
  const [row] = await sql<{ n: number }>(url, `SELECT count(*)::int AS n FROM "${table}"`);
  return row?.n ?? -1;
}

async function existingTables(url: string): Promise<string[]> {
  const rows = await sql<{ table_name: string }>(
    url,
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  return rows.map((row) => row.table_name);
}

async function folders(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function appliedMigrations(url: string): Promise<string[]> {
  const rows = await sql<{ migration_name: string }>(
    url,
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1",
  );
  return rows.map((row) => row.migration_name);
}

describe("applyMigrations (prisma migrate deploy through the schema-engine bridge)", () => {
  it("migrates an empty database, and does nothing the second time", async () => {
    const url = await database("empty");

    const before = cliRuns();
    await applyMigrations(url);
    expect(cliRuns()).toBe(before + 1);

    expect(await existingTables(url)).toEqual(expect.arrayContaining([...appTables, "_prisma_migrations"]));
    const names = await folders(migrationsDir);
    expect(names.length).toBeGreaterThan(0);
    expect(await appliedMigrations(url)).toEqual(names);
    expect(await count(url, "_prisma_migrations")).toBe(names.length);

    await applyMigrations(url);
    expect(cliRuns(), "the second call runs no CLI").toBe(before + 1);
    expect(await count(url, "_prisma_migrations")).toBe(names.length);
  });
});

describe("migrate dev --create-only through the bridge", () => {
  const execFileAsync = promisify(execFile);

  it("writes the SQL of a schema change as a new migration and leaves the data alone", async () => {
    const url = await database("template");
    const commitmentsBefore = await count(url, "commitment");
    expect(commitmentsBefore).toBeGreaterThan(0);

    // A copy of the project's schema and migrations, changed by one column and one model.
    const dir = await mkdtemp(path.join(tmpdir(), "pb-migrate-dev-"));
    try {
      await cp(migrationsDir, path.join(dir, "migrations"), { recursive: true });
      const schema = await readFile(path.join(root, "prisma/schema.prisma"), "utf8");
      const changed = schema
        .replace(/^(model User \{\n)/m, "$1  nickname String?\n")
        .concat('\nmodel Note {\n  id   String @id @default(cuid())\n  body String\n\n  @@map("note")\n}\n');
      expect(changed).toContain("nickname String?");
      await writeFile(path.join(dir, "schema.prisma"), changed);
      // No import of "prisma/config": the folder is outside the project, where that package cannot be resolved.
      await writeFile(
        path.join(dir, "prisma.config.ts"),
        'export default { schema: "schema.prisma", migrations: { path: "migrations" }, datasource: { url: process.env.DATABASE_URL ?? "" } };\n',
      );
      const before = await folders(path.join(dir, "migrations"));

      await execFileAsync(
        process.execPath,
        [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "dev", "--create-only", "--name", "add_note", "--config", path.join(dir, "prisma.config.ts")],
        {
          cwd: dir,
          env: { ...process.env, DATABASE_URL: url, PRISMA_SCHEMA_ENGINE_BINARY: schemaEngineBinary(), CHECKPOINT_DISABLE: "1" },
        },
      );

      const after = await folders(path.join(dir, "migrations"));
      const added = after.filter((name) => !before.includes(name));
      expect(added).toHaveLength(1);
      expect(added[0]).toMatch(/^\d{14}_add_note$/);
      const script = await readFile(path.join(dir, "migrations", added[0] ?? "", "migration.sql"), "utf8");
      expect(script).toMatch(/ALTER TABLE "app_user" ADD COLUMN\s+"nickname" TEXT/);
      expect(script).toContain('CREATE TABLE "note"');
      expect(script).not.toMatch(/DROP/);

      // --create-only writes the file and touches nothing in the database.
      expect(await existingTables(url)).not.toContain("note");
      expect(await count(url, "commitment")).toBe(commitmentsBefore);
      // The shadow database the engine diffed on is gone again.
      const shadows = await sql(url, "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'");
      expect(shadows).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("progress_update", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, and still takes new entries", async () => {
    const url = await database("template");
    const [commitment] = await sql<{ id: string }>(url, "SELECT id FROM commitment LIMIT 1");
    expect(commitment).toBeDefined();
    const insert = `INSERT INTO progress_update (id, commitment_id, source, visibility, version, evidence_urls)
      VALUES ($1, $2, 'STAFF', 'PUBLIC', 1, '{}')`;
    await sql(url, insert, ["pu_test_1", commitment?.id]);

    const refused = /progress_update is append-only: a correction is a new entry/;
    await expect(sql(url, "UPDATE progress_update SET note = 'changed' WHERE id = 'pu_test_1'")).rejects.toThrow(refused);
    await expect(sql(url, "DELETE FROM progress_update WHERE id = 'pu_test_1'")).rejects.toThrow(refused);
    await expect(sql(url, "TRUNCATE progress_update CASCADE")).rejects.toThrow(refused);

    await sql(
      url,
      `INSERT INTO progress_update (id, commitment_id, source, visibility, version, evidence_urls, corrects_id)
        VALUES ('pu_test_2', $1, 'STAFF', 'PUBLIC', 2, '{}', 'pu_test_1')`,
      [commitment?.id],
    );
    const rows = await sql<{ id: string; note: string | null }>(
      url,
      "SELECT id, note FROM progress_update WHERE id LIKE 'pu_test_%' ORDER BY id",
    );
    expect(rows).toEqual([
      { id: "pu_test_1", note: null },
      { id: "pu_test_2", note: null },
    ]);
  });
});

describe("resetDatabase", () => {
  it("empties the database and migrates it again", async () => {
    const url = await database("template");
    expect(await count(url, "commitment")).toBeGreaterThan(0);
    await sql(url, "CREATE TABLE leftover (id int)");

    await resetDatabase(url);

    const tables = await existingTables(url);
    expect(tables).toEqual(expect.arrayContaining([...appTables, "_prisma_migrations"]));
    expect(tables).not.toContain("leftover");
    for (const table of appTables) expect(await count(url, table), table).toBe(0);
    expect(await appliedMigrations(url)).toEqual(await folders(migrationsDir));
  });
});
