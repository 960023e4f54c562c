import { readFile } from "node:fs/promises";
import path from "node:path";
import { connectDatabase, disconnectDatabase } from "../../lib/db/client";
import { applyImport } from "../../lib/data/csv-import-apply";
import { previewImport } from "../../lib/data/csv-import";

/**
 * A CSV import in a process of its own, for the test that kills it with SIGKILL half-way: plans the file and applies
 * it through the same data-layer functions the import's server action calls, as the admin with the given id. Run with
 * the react-server condition (the data layer requires it) and DATABASE_URL; prints what happened as JSON.
 */
const [file, adminId] = process.argv.slice(2);
if (!file || !adminId || !process.env.DATABASE_URL) throw new Error("usage: DATABASE_URL=… import-runner.ts FILE ADMIN_ID");
connectDatabase(process.env.DATABASE_URL);
try {
  const upload = { name: path.basename(file), bytes: new Uint8Array(await readFile(file)) };
  const preview = await previewImport(upload);
  if (preview.kind === "refused") throw new Error(preview.message);
  const result = await applyImport({ id: adminId, role: "ADMIN", scope: { countryCodes: [], pillarIds: [] } }, upload,
    preview.digest);
  console.log(JSON.stringify(result.kind === "saved" ? result : { kind: result.kind }));
} finally {
  await disconnectDatabase();
}
