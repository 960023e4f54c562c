import "server-only";
import pg from "pg";
import Cursor from "pg-cursor";
import { connectedDatabaseUrl } from "./client";

/**
 * The rows of one query in batches, read through a server-side cursor inside one REPEATABLE READ snapshot: memory
 * holds one batch whatever the result's size, the first batch comes at once, and the whole result is as the
 * database was when the read began. A connection of its own, outside Prisma's pool, for a read that may take minutes;
 * values come as node-postgres gives them, so the query casts what must be text.
 */
export async function* readSnapshot<Row>(sql: string, params: unknown[], batchSize: number): AsyncGenerator<Row[]> {
  const client = new pg.Client({ connectionString: connectedDatabaseUrl() });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const cursor = client.query(new Cursor<Row>(sql, params));
    try {
      for (;;) {
        const rows = await cursor.read(batchSize);
        if (rows.length === 0) break;
        yield rows;
      }
    } finally {
      await cursor.close();
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}
