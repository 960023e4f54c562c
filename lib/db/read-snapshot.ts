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
    let next = cursor.read(batchSize);
    // Handled here so that a failure while the reader is busy is not reported as unhandled; awaiting still throws it.
    next.catch(() => undefined);
    try {
      for (let rows = await next; rows.length > 0; rows = await next) {
        // The next batch is asked for before this one is handed on: PostgreSQL reads and sends it while this one is
        // encoded and written (without it, the database and this process took turns and each waited for the other).
        next = cursor.read(batchSize);
        next.catch(() => undefined);
        yield rows;
      }
    } finally {
      await next.catch(() => undefined);
      await cursor.close();
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}
