// @faults
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { startApp } from "../support/app-process";

const root = path.resolve(import.meta.dirname, "../..");
const SOAK_MS = Number(process.env.SOAK_SECONDS ?? 120) * 1000;
const WARM_MS = 30_000;
const READ_PATHS = ["/", "/updates", "/commitments/cr-safe-mobility-offices-extension", "/countries/ec",
  "/api/commitments", "/feed.xml", "/countries/cr/feed.xml", "/embed/countries/ec"];

/** Twenty editors in a second process for `seconds` (tests/support/soak-writers.ts); what they saved. */
async function runWriters(dataDir: string, seconds: number) {
  const { stdout } = await promisify(execFile)(process.execPath, ["--conditions=react-server", "--import", "tsx",
    "tests/support/soak-writers.ts", String(seconds)], { cwd: root, env: { ...process.env, DATA_DIR: dataDir } });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { saved: number; errors: number; history: number };
}

/** Four readers going round the read paths for `ms`; answers other than 200 go to `errors`. How many reads. */
async function readFor(baseUrl: string, ms: number, errors: string[]): Promise<number> {
  const until = Date.now() + ms;
  const counts = await Promise.all(Array.from({ length: 4 }, async (_unused, reader) => {
    let reads = 0;
    for (let index = reader; Date.now() < until; index += 1) {
      const url = baseUrl + READ_PATHS[index % READ_PATHS.length];
      const response = await fetch(url).catch((error: unknown) => ({ status: 0, error }));
      if (response.status !== 200) errors.push(`${url}: ${response.status}`);
      if ("arrayBuffer" in response) await response.arrayBuffer();
      reads += 1;
    }
    return reads;
  }));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** Resident memory of the Next.js server under `npm start`: the start script's child process. */
async function serverRss(supervisorPid: number): Promise<number> {
  const children = (await readFile(`/proc/${supervisorPid}/task/${supervisorPid}/children`, "utf8")).trim().split(/\s+/);
  for (const pid of children) {
    const command = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (command.includes("serve-next")) {
      const status = await readFile(`/proc/${pid}/status`, "utf8");
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    }
  }
  throw new Error("no Next.js server process under npm start");
}

test("two minutes of mixed load end with no error, no lost update and the server's memory back within 20 %", async () => {
  test.setTimeout(SOAK_MS + 240_000);
  const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-soak-"));
  const app = await startApp({ dataDir });
  try {
    // Warm up with the same mix first (four readers, twenty writers), so that "where it started" is the server's
    // working size under this load, not its size under a lighter one.
    const errors: string[] = [];
    const warm = await Promise.all([readFor(app.baseUrl, WARM_MS, errors), runWriters(dataDir, WARM_MS / 1000)]);
    expect(warm[1].errors).toBe(0);
    const before = await serverRss(app.child.pid!);
    const readers = readFor(app.baseUrl, SOAK_MS, errors);
    // Twenty editors on their own commitments, through the data layer the app's actions use, from a second process.
    const writes = runWriters(dataDir, SOAK_MS / 1000);
    const samples: number[] = [];
    const sampling = setInterval(() => void serverRss(app.child.pid!).then((rss) => samples.push(rss)), 10_000);
    const [reads, written] = await Promise.all([readers, writes]).finally(() => clearInterval(sampling));

    expect(errors).toEqual([]);
    expect(reads).toBeGreaterThan(100);
    expect(written.errors).toBe(0);
    expect(written.saved).toBeGreaterThan(100);
    expect(written.history).toBe(written.saved);
    // Let the server settle, then compare its resident memory with where it started.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const after = await serverRss(app.child.pid!);
    console.log(`soak: ${reads} reads, ${written.saved} writes; server RSS ${before.toFixed(0)} MB -> ${after.toFixed(0)} MB` +
      ` (every 10 s under load: ${samples.map((rss) => rss.toFixed(0)).join(", ")} MB)`);
    expect(after).toBeLessThanOrEqual(before * 1.2);
  } finally {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
