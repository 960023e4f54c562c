import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import Cursor from "pg-cursor";

/**
 * Backups that need no pg_dump (the embedded server ships none): every table's rows as JSON, one per line, read in one
 * REPEATABLE READ snapshot so the file is consistent, gzip-compressed. A restore loads them into an empty database
 * that has the same migrations, in one transaction, parents before children.
 */
export const BACKUP_FORMAT = "pledgeboard-backup";
export const BACKUP_VERSION = 1;

type Header = { format: string; version: number; createdAt: string; migrations: string[] };
type SectionMarker = { section: string };

// Rows that point at rows of their own table must come after them.
const ROW_ORDER: Record<string, string> = {
  commitment: "(parent_id IS NOT NULL), created_at, id",
  progress_update: "created_at, id",
};

async function migrationNames(client: pg.ClientBase): Promise<string[]> {
  const result = await client.query<{ migration_name: string }>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
  );
  return result.rows.map((row) => row.migration_name);
}

/** Application tables, each after every table it references. */
export async function tablesInDependencyOrder(client: pg.ClientBase): Promise<string[]> {
  const tables = (await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  )).rows.map((row) => row.name);
  const edges = (await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  )).rows.map((edge) => ({ child: edge.child.replaceAll('"', ""), parent: edge.parent.replaceAll('"', "") }));
  const ordered: string[] = [];
  const remaining = new Set(tables);
  while (remaining.size > 0) {
    const ready = [...remaining].filter((table) =>
      edges.every((edge) => edge.child !== table || edge.parent === table || !remaining.has(edge.parent)));
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among: ${[...remaining].join(", ")}`);
    for (const table of ready) {
      ordered.push(table);
      remaining.delete(table);
    }
  }
  return ordered;
}

async function* backupLines(client: pg.ClientBase): AsyncGenerator<string> {
  const header: Header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(),
    migrations: await migrationNames(client) };
  yield JSON.stringify(header) + "\n";
  for (const table of await tablesInDependencyOrder(client)) {
    yield JSON.stringify({ section: table } satisfies SectionMarker) + "\n";
    const order = ROW_ORDER[table] ?? "1";
    const cursor = client.query(new Cursor<{ line: string }>(
      `SELECT row_to_json(t)::text AS line FROM ${client.escapeIdentifier(table)} t ORDER BY ${order}`));
    try {
      for (;;) {
        const rows = await cursor.read(1000);
        if (rows.length === 0) break;
        yield rows.map((row) => row.line).join("\n") + "\n";
      }
    } finally {
      await cursor.close();
    }
  }
}

export async function writeBackup(databaseUrl: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await pipeline(Readable.from(backupLines(client)), createGzip(), createWriteStream(file, { mode: 0o600 }));
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

export class RestoreRefusedError extends Error {}

export async function restoreBackup(databaseUrl: string, file: string): Promise<{ rows: number }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  // Taken before any await: lines read while nobody iterates would otherwise be lost.
  const iterator = lines[Symbol.asyncIterator]();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let rows = 0;
  try {
    const first = await iterator.next();
    const header = first.done ? null : (JSON.parse(first.value) as Partial<Header>);
    if (!header || header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION) {
      throw new RestoreRefusedError(`${file} is not a ${BACKUP_FORMAT} file of version ${BACKUP_VERSION}.`);
    }
    const applied = await migrationNames(client);
    if (JSON.stringify(applied) !== JSON.stringify(header.migrations)) {
      throw new RestoreRefusedError(
        `The backup was made at migrations [${header.migrations?.join(", ")}] but the database has [${applied.join(", ")}].`);
    }
    for (const table of await tablesInDependencyOrder(client)) {
      const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${client.escapeIdentifier(table)}`);
      if (Number(count.rows[0]?.n) > 0) {
        throw new RestoreRefusedError(`The database is not empty (table ${table} has rows): restore only into an empty one.`);
      }
    }
    await client.query("BEGIN");
    let table = "";
    let batch: string[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const name = client.escapeIdentifier(table);
      await client.query(`INSERT INTO ${name} SELECT * FROM json_populate_recordset(NULL::${name}, $1::json)`,
        [`[${batch.join(",")}]`]);
      rows += batch.length;
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (next.value === "") continue;
      const marker = next.value.startsWith('{"section":') ? (JSON.parse(next.value) as SectionMarker) : null;
      if (marker) {
        await flush();
        table = marker.section;
      } else {
        batch.push(next.value);
        if (batch.length >= 1000) await flush();
      }
    }
    await flush();
    await resetSequences(client);
    await client.query("COMMIT");
    return { rows };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    lines.close();
    await client.end();
  }
}

/** Identity and serial columns continue after the restored rows. */
async function resetSequences(client: pg.ClientBase): Promise<void> {
  const sequences = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`);
  for (const { table_name: table, column_name: column } of sequences.rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${client.escapeIdentifier(column)}) FROM ${client.escapeIdentifier(table)}), 0) + 1, false)`,
      [table, column]);
  }
}
