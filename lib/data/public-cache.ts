import "server-only";
import { connectedDatabaseUrl } from "../db/client";
import { dataGeneration } from "../server/data-generation.mjs";

/**
 * Public reads are cached in this process under the data's current generation, which PostgreSQL pushes to every
 * instance at each commit that changes what a public page shows (lib/server/data-generation.mjs): a write made
 * through any instance behind a load balancer is visible on every instance's next request, nothing is served stale
 * by a timer, and a hit asks the database nothing. While the generation is unknown (not listening), every read loads.
 * The cache holds copies only; losing it costs a reload.
 */
const MAX_ENTRIES = 500;
const entries = new Map<string, { generation: string; value: unknown }>();

export function cachedPublicRead<Args extends unknown[], Result>(
  name: string,
  load: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const key = `${name}:${JSON.stringify(args)}`;
    const generation = dataGeneration(connectedDatabaseUrl()).current();
    if (generation === null) return load(...args);
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

/** After a write this process committed: its next reads load, whether or not PostgreSQL's notification has come. */
export function publicDataWritten(): void {
  dataGeneration(connectedDatabaseUrl()).wrote();
}
