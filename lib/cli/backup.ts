import { mkdir } from "node:fs/promises";
import path from "node:path";
import { writeBackup } from "../db/backup";
import { projectRoot } from "../paths";
import { openDatabase } from "./open-database";

/** `npm run db:backup [FILE]`: a consistent, versioned backup of every table (users, commitments, history). */
const log = (line: string) => console.error(`[backup] ${line}`);
const stamp = new Date().toISOString().replaceAll(":", "-").replace(/\.\d+Z$/, "Z");
const file = path.resolve(process.argv[2] ?? path.join(projectRoot, "backups", `pledgeboard-${stamp}.ndjson.gz`));
await mkdir(path.dirname(file), { recursive: true });
const database = await openDatabase(log);
try {
  await writeBackup(database.url, file);
  console.log(file);
} finally {
  await database.close();
}
