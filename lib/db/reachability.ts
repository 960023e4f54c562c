import pg from "pg";
import { databaseUrl } from "../env";
import { dataGeneration } from "../server/data-generation.mjs";

/**
 * Whether PostgreSQL answers: the proxy consults it before every page, so that a stopped database gives readers a
 * plain 503 instead of a broken page, and recovery shows within a second. While the process is listening for data
 * changes (lib/server/data-generation.mjs) its open connection is the answer, at no cost; otherwise PostgreSQL is
 * asked, at most once a second per process. The answer is a cache that is safe to lose; nothing else is kept.
 */
const TTL_MS = 1_000;
const holder = globalThis as unknown as { pledgeboardPing?: { pool: pg.Pool; checkedAt: number; reachable: boolean } };

export async function databaseReachable(now = Date.now()): Promise<boolean> {
  if (dataGeneration(databaseUrl()).current() !== null) return true;
  if (!holder.pledgeboardPing) {
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: 1, connectionTimeoutMillis: 1_000, idleTimeoutMillis: 10_000 });
    // An idle connection dropped by a stopping server must not crash the process; the next query tells the state.
    pool.on("error", () => undefined);
    holder.pledgeboardPing = { pool, checkedAt: 0, reachable: true };
  }
  const state = holder.pledgeboardPing;
  if (now - state.checkedAt < TTL_MS) return state.reachable;
  state.checkedAt = now;
  try {
    await state.pool.query("SELECT 1");
    state.reachable = true;
  } catch {
    state.reachable = false;
  }
  return state.reachable;
}
