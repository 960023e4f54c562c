import { restoreBackup, RestoreRefusedError } from "../db/backup";
import { applyMigrations } from "../db/migrate";
import { openDatabase } from "./open-database";

/**
 * `npm run db:restore FILE`: loads a backup into an empty database (a new DATA_DIR, or a new DATABASE_URL), after
 * bringing it to the schema the backup was made with.
 */
const log = (line: string) => console.error(`[restore] ${line}`);
const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore FILE   (a file written by npm run db:backup)");
  process.exit(2);
}
const database = await openDatabase(log);
try {
  await applyMigrations(database.url);
  const { rows } = await restoreBackup(database.url, file);
  log(`restored ${rows} rows from ${file}`);
} catch (error) {
  if (!(error instanceof RestoreRefusedError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  await database.close();
}
