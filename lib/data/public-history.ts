import "server-only";
import { listPublicUpdates, type PublicUpdate } from "./public-commitments";

const BATCH = 500;

/**
 * Every public entry of one commitment's history, newest first. Read in pages so that no fixed cap ever cuts a long
 * history short without saying so; an entry saved between two pages shifts the offsets, hence the check by id.
 */
export async function listWholePublicHistory(commitmentKey: string): Promise<PublicUpdate[]> {
  const seen = new Set<string>();
  const history: PublicUpdate[] = [];
  for (let page = 1; ; page += 1) {
    const { rows, hasNext } = await listPublicUpdates({ commitmentKey }, page, BATCH);
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      history.push(row);
    }
    if (!hasNext) return history;
  }
}
