import { env } from "../env";
import { defaultDataDir } from "../paths";
import { ensureDatabase, withDatabase } from "../db/databases";
import { startEmbeddedServer } from "../db/embedded-server";

export type OpenDatabase = { url: string; embedded: boolean; close(): Promise<void> };

const APP_DATABASE = "pledgeboard";

/**
 * The database every command works on: DATABASE_URL when it is set, else the embedded server in the data folder
 * (started, joined or adopted; see embedded-server.ts).
 */
export async function openDatabase(log: (line: string) => void): Promise<OpenDatabase> {
  const settings = env();
  if (settings.DATABASE_URL) return { url: settings.DATABASE_URL, embedded: false, close: async () => undefined };

  const server = await startEmbeddedServer({
    dataDir: settings.DATA_DIR ?? defaultDataDir(),
    port: settings.EMBEDDED_PG_PORT,
    log,
  });
  try {
    await ensureDatabase(server.url, APP_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: withDatabase(server.url, APP_DATABASE), embedded: true, close: () => server.stop() };
}
