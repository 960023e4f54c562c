import { dataGeneration } from "../../lib/server/data-generation.mjs";

const POLL_MS = 5;
const PATIENCE_MS = 5_000;

/** This process's data generation once it is listening, or once it differs from `since`: a notification's way. */
export async function awaitDataGeneration(url: string, since: string | null = null): Promise<string> {
  const watcher = dataGeneration(url);
  for (let waited = 0; waited < PATIENCE_MS; waited += POLL_MS) {
    const current = watcher.current();
    if (current !== null && current !== since) return current;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`The data generation did not move from ${since} within ${PATIENCE_MS} ms`);
}
