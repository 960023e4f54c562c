// @faults
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "@/lib/domain/calendar-date";
import { decodeCsvCell, encodeCsvRow, UTF8_BOM } from "@/lib/domain/csv-encode";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const { commitmentCsv } = await import("@/lib/data/csv-export");
const { NO_FILTERS } = await import("@/lib/validation/commitment-filters");

const root = path.resolve(import.meta.dirname, "../..");
const database = useTestDatabase();
/** Enough new commitments that the import's transaction runs for seconds, so that a kill lands inside it. */
const ADDED = 1_500;
let folder: string;
let file: string;
let adminId: string;

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; sawWrites: boolean };

/** Rows the transaction has written but not committed: visible only as locks another session can see. */
async function importIsWriting(): Promise<boolean> {
  const [row] = await database.prisma.$queryRaw<{ writing: boolean }[]>`
    SELECT count(*) > 0 AS writing FROM pg_locks
    WHERE relation = 'commitment'::regclass AND mode = 'RowExclusiveLock' AND pid <> pg_backend_pid()`;
  return row!.writing;
}

/** Runs the import in its own process; with `killAfterMs`, SIGKILLs it that long after its transaction began writing. */
function runImport(killAfterMs?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/import-runner.ts",
      file, adminId], { cwd: root, env: { ...process.env, DATABASE_URL: database.url }, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    let sawWrites = false;
    let exited = false;
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      exited = true;
      resolve({ code, signal, stdout, sawWrites });
    });
    if (killAfterMs === undefined) return;
    void (async () => {
      while (!exited && !(await importIsWriting())) await new Promise((done) => setTimeout(done, 20));
      if (exited) return;
      sawWrites = true;
      await new Promise((done) => setTimeout(done, killAfterMs));
      child.kill("SIGKILL");
    })();
  });
}

const counts = async () => ({
  commitments: await database.prisma.commitment.count(),
  history: await database.prisma.progressUpdate.count(),
  importEntries: await database.prisma.progressUpdate.count({ where: { source: "IMPORT" } }),
  deadlines: await database.prisma.deadline.count(),
});

beforeAll(async () => {
  adminId = (await makeUser(database.prisma, "ADMIN")).id;
  let text = "";
  for await (const chunk of commitmentCsv(NO_FILTERS, todayIn("America/New_York"), "staff",
    "http://pledgeboard.test")) text += chunk;
  const template = (parse(text, { bom: true, columns: true }) as Record<string, string>[])
    .find((row) => row.parent_key === "" && row.lead_country !== "" && row.deadline_key !== "")!;
  const columns = Object.keys(template);
  const lines = Array.from({ length: ADDED }, (_, index) => {
    const row: Record<string, string> = { ...template, key: `killed-import-${index}`,
      title: `Added by an import that may be killed, ${index}`, status_reason: "Announced with the others." };
    return encodeCsvRow(columns.map((column) => decodeCsvCell(row[column]!)));
  });
  folder = await mkdtemp(path.join(tmpdir(), "pledgeboard-killed-import-"));
  file = path.join(folder, "commitments-killed.csv");
  await writeFile(file, UTF8_BOM + encodeCsvRow(columns) + lines.join(""));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("a CSV import killed with SIGKILL", () => {
  it("leaves none of itself when killed inside its transaction, and all of itself when left to finish", async () => {
    const before = await counts();
    for (const delay of [0, 150, 600, 1_500]) {
      const run = await runImport(delay);
      expect(run.sawWrites, `the import had begun writing before the kill after ${delay} ms`).toBe(true);
      expect(run.signal, `killed after ${delay} ms, not finished (${run.stdout})`).toBe("SIGKILL");
      // PostgreSQL rolls back the dead connection's transaction; wait until its locks are gone, then look.
      await expect.poll(importIsWriting, { timeout: 10_000 }).toBe(false);
      expect(await counts(), `after a kill ${delay} ms into the writes`).toEqual(before);
    }

    const finished = await runImport();
    expect(finished.code, finished.stdout).toBe(0);
    expect(JSON.parse(finished.stdout)).toMatchObject({ kind: "saved", created: ADDED, changed: 0 });
    const after = await counts();
    expect(after.commitments).toBe(before.commitments + ADDED);
    expect(after.importEntries).toBe(before.importEntries + ADDED);
    expect(after.history).toBe(before.history + ADDED);
    expect(after.deadlines).toBeGreaterThanOrEqual(before.deadlines + ADDED);
    // Five imports of 1,500 rows, each in a process of its own that loads tsx first: over 60 s on CI while other work
    // shared the two cores, 146 s with the load average at 19.
  }, 300_000);
});
