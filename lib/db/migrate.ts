import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

// Resolved from this file rather than the working directory: the app, the CLI scripts and the tests start anywhere.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const migrationsDir = path.join(projectRoot, "prisma/migrations");
const prismaCli = path.join(projectRoot, "node_modules/prisma/build/index.js");

/** The executable that stands in for Prisma's native schema engine (see prisma/schema-engine/main.ts). */
export function schemaEngineBinary(): string {
  return path.join(projectRoot, "prisma/schema-engine/schema-engine");
}

async function migrationNames(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/**
 * True when every migration folder is recorded as applied. This is the common case at every start, and answering it
 * with one query saves the ~1.5 s that starting the Prisma CLI and its engine costs. Anything unexpected (no
 * database yet, no table, a failed or rolled-back entry) answers false and leaves the decision to the CLI.
 */
async function allApplied(databaseUrl: string, names: string[]): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const table = await client.query<{ found: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS found");
    if (!table.rows[0]?.found) return false;
    const applied = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const done = new Set(applied.rows.map((row) => row.migration_name));
    return names.every((name) => done.has(name));
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

type CliResult = { code: number | null; output: string };

function runPrisma(args: string[], databaseUrl: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], {
      cwd: projectRoot,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_SCHEMA_ENGINE_BINARY: schemaEngineBinary(),
        // The bridge is a shell script that runs `node`: make it the same Node as this process.
        PATH: [path.dirname(process.execPath), process.env.PATH].filter(Boolean).join(path.delimiter),
        // No update check or telemetry: both are network calls, and there may be no network.
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** Applies pending migrations with the real `prisma migrate deploy`, run through the schema-engine bridge. */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  if (await allApplied(databaseUrl, await migrationNames())) return;
  const { code, output } = await runPrisma(["migrate", "deploy"], databaseUrl);
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit code ${code}):\n${output.trim()}`);
}

/**
 * Empties the database (every table, type and function in the public schema, so also the data and the migration
 * history) and migrates it again from scratch. For development and tests: this is `prisma migrate reset` without
 * the seeding.
 */
export async function resetDatabase(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
  } finally {
    await client.end();
  }
  await applyMigrations(databaseUrl);
}
