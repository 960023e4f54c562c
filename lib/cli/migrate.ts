import { applyMigrations } from "../db/migrate";
import { openDatabase } from "./open-database";

/** `npm run db:migrate`: applies pending migrations with `prisma migrate deploy` through the schema-engine bridge. */
const log = (line: string) => console.log(`[migrate] ${line}`);
const database = await openDatabase(log);
try {
  await applyMigrations(database.url);
  log("the database schema is up to date");
} finally {
  await database.close();
}
