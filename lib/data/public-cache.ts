import "server-only";
import { db } from "../db/client";

/**
 * Public reads are cached in this process under the data's current generation: the newest change time of any
 * commitment or user (every write to a commitment, its deadlines, targets or history touches the commitment row).
 * Each request asks PostgreSQL for the generation in one indexed query, so a write made through any instance behind
 * a load balancer is visible on every instance's next request, and nothing is ever served stale by a timer.
 * The cache holds copies only; losing it costs a reload.
 */
const MAX_ENTRIES = 500;
const entries = new Map<string, { generation: string; value: unknown }>();

async function currentGeneration(): Promise<string> {
  // A database function (migration 20261201080000_data_generation), shared with the web server's page cache.
  const rows = await db().$queryRaw<{ generation: string }[]>`SELECT pledgeboard_data_generation() AS generation`;
  return rows[0]?.generation ?? "";
}

export function cachedPublicRead<Args extends unknown[], Result>(
  name: string,
  load: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const key = `${name}:${JSON.stringify(args)}`;
    const generation = await currentGeneration();
    const hit = entries.get(key);
    if (hit && hit.generation === generation) {
      // Re-inserting keeps the map in least-recently-used order for eviction.
      entries.delete(key);
      entries.set(key, hit);
      return hit.value as Result;
    }
    const value = await load(...args);
    entries.set(key, { generation, value });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    return value;
  };
}
