import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIfStale } from "../../lib/cli/build-if-stale";
import { connectDatabase, disconnectDatabase } from "../../lib/db/client";
import { createDatabase, withDatabase } from "../../lib/db/databases";
import { startEmbeddedServer } from "../../lib/db/embedded-server";
import { applyMigrations } from "../../lib/db/migrate";
import { prepareDatabase } from "../../lib/db/prepare-database";
import { todayIn } from "../../lib/domain/calendar-date";
import { env } from "../../lib/env";
import { freePort } from "../support/app-process";
import { printSummary, summarizeProfile, type CpuProfile } from "./cpu-profile-summary";
import { measureCsvExport } from "./csv-export";
import { measureImportPreview } from "./import-preview";
import { staffReads } from "./server-reads";
import { loadSyntheticData } from "./synthetic-data";

/**
 * `npm run bench:profile -- <csv|import|staff|startup> [--quick]`: where the time of a benchmark row goes, for a goal
 * the bench shows missed. On the bench's full-size data (or the real seed with --quick):
 * - csv: the web server under `--cpu-prof` while it sends each public file, its profile by part and by function;
 * - import: the same, while it previews the largest file the import takes;
 * - staff: the admin list and the reminders view read in this process, every query the pg driver sends counted and
 *   timed from the client's side, beside one run of the bench's raw SQL of the same rows;
 * - startup: `npm start`'s log stamped line by line from the spawn to the first 200, on a fresh and an existing data
 *   folder, and the migrations alone on an empty database.
 */
const root = path.resolve(import.meta.dirname, "../..");
const target = process.argv[2];
const quick = process.argv.includes("--quick");
const log = (line: string) => console.error(`[profile] ${line}`);
const TARGETS = ["csv", "import", "staff", "startup"];
if (!target || !TARGETS.includes(target)) throw new Error(`bench:profile takes one of ${TARGETS.join(", ")}`);

async function waitForOk(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await fetch(url).then((response) => response.status, () => 0)) !== 200) {
    if (Date.now() > until) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const stopped = (child: ChildProcess) => new Promise<void>((resolve) => {
  if (child.exitCode !== null) return resolve();
  child.once("exit", () => resolve());
  child.kill("SIGTERM");
});

/** The web server as the bench starts it, profiled from its start; the profile is written when it exits. */
async function profiledServer(databaseUrl: string, work: (appUrl: string, pid: number) => Promise<void>):
  Promise<{ profile: CpuProfile; workStartMs: number }> {
  const profileDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-profile-"));
  const port = await freePort();
  const spawnedAt = performance.now();
  let workStartMs = 0;
  const app = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`,
    `--max-old-space-size=${env().SERVER_HEAP_MB}`, path.join(root, "lib/server/serve-next.mjs"), "--port", String(port),
    "--hostname", "127.0.0.1", "--trusted-proxy-hops", "0", "--time-zone", "America/New_York"], {
    cwd: root, stdio: "ignore",
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"), AUTH_TRUST_HOST: "1" },
  });
  try {
    const appUrl = `http://127.0.0.1:${port}`;
    await waitForOk(`${appUrl}/api/health`, 60_000);
    workStartMs = performance.now() - spawnedAt;
    await work(appUrl, app.pid!);
  } finally {
    await stopped(app);
  }
  const [file] = (await readdir(profileDir)).filter((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error("the web server wrote no CPU profile");
  const profile = JSON.parse(await readFile(path.join(profileDir, file), "utf8")) as CpuProfile;
  log(`profile kept at ${path.join(profileDir, file)} (open it in Chrome's DevTools or speedscope for a flame graph)`);
  return { profile, workStartMs };
}

/** Profiles from the first request of the work on: the server's start is not the row's time. */
function fromFirstSample(profile: CpuProfile, skipMs: number): CpuProfile {
  let elapsed = 0;
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  profile.samples.forEach((sample, index) => {
    elapsed += profile.timeDeltas[index] ?? 0;
    if (elapsed / 1000 >= skipMs) {
      samples.push(sample);
      timeDeltas.push(profile.timeDeltas[index] ?? 0);
    }
  });
  return { nodes: profile.nodes, samples, timeDeltas };
}

async function profileServerWork(databaseUrl: string, title: string, work: (appUrl: string, pid: number) => Promise<string>) {
  let result = "";
  const { profile, workStartMs } = await profiledServer(databaseUrl, async (appUrl, pid) => {
    result = await work(appUrl, pid);
  });
  console.log(`\n${title}: ${result}`);
  // The profile starts when Node has booted, a few tens of milliseconds after the spawn: the cut takes the server's
  // whole start and at most that much of the work.
  printSummary(`${title} (idle includes the server's wait for PostgreSQL, and the baseline's run after the work)`,
    summarizeProfile(fromFirstSample(profile, workStartMs)));
}

/** Every query the pg driver sends from this process, with its time from the client's side. */
function countQueries() {
  const sent: { text: string; ms: number }[] = [];
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function query(this: pg.Client, ...args: unknown[]) {
    const started = performance.now();
    const text = typeof args[0] === "string" ? args[0] : String((args[0] as { text?: string })?.text ?? "");
    const done = () => sent.push({ text, ms: performance.now() - started });
    // pg-pool, which Prisma's adapter goes through, passes a callback; a client of our own awaits a promise.
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (...results: unknown[]) => unknown;
      args[last] = (...results: unknown[]) => {
        done();
        return callback(...results);
      };
    }
    const answer = original.apply(this, args);
    if (answer instanceof Promise) void answer.then(done, () => undefined);
    return answer;
  } as typeof pg.Client.prototype.query;
  return sent;
}

async function profileStaffReads(databaseUrl: string): Promise<void> {
  const sent = countQueries();
  connectDatabase(databaseUrl);
  const raw = new pg.Client({ connectionString: databaseUrl });
  await raw.connect();
  try {
    for (const read of staffReads(todayIn("America/New_York"))) {
      for (let warm = 0; warm < 5; warm += 1) await read.ours();
      const rounds = 30;
      sent.length = 0;
      const started = performance.now();
      for (let round = 0; round < rounds; round += 1) await read.ours();
      const oursMs = (performance.now() - started) / rounds;
      const perRead = sent.length / rounds;
      const queryMs = sent.reduce((sum, query) => sum + query.ms, 0) / rounds;
      const rawStarted = performance.now();
      for (let round = 0; round < rounds; round += 1) await raw.query(read.sql, read.params);
      const rawMs = (performance.now() - rawStarted) / rounds;
      const pingStarted = performance.now();
      for (let round = 0; round < rounds; round += 1) await raw.query("SELECT 1");
      const pingMs = (performance.now() - pingStarted) / rounds;
      console.log(`\n### ${read.name}\n`);
      console.log(`data layer ${oursMs.toFixed(2)} ms per read (mean of ${rounds}), raw SQL ${rawMs.toFixed(2)} ms, ` +
        `ratio ${(oursMs / rawMs).toFixed(2)}×; a bare round trip (SELECT 1) ${pingMs.toFixed(2)} ms`);
      console.log(`queries per read: ${perRead}; their time summed ${queryMs.toFixed(2)} ms (client side, run partly at once)\n`);
      console.log("| query (first 110 characters) | mean ms |\n|---|---|");
      const byText = new Map<string, number[]>();
      for (const query of sent) byText.set(query.text, [...(byText.get(query.text) ?? []), query.ms]);
      for (const [text, times] of byText) {
        const shown = text.replace(/\s+/g, " ").slice(0, 110).replace(/\|/g, "\\|");
        console.log(`| \`${shown}\` | ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(2)} |`);
      }
    }
  } finally {
    await raw.end();
    await disconnectDatabase();
  }
}

/** `npm start`'s own lines, each stamped with the time since the spawn, until the first 200 from `/`. */
async function stampedStart(dataDir: string): Promise<string[]> {
  const port = await freePort();
  const started = performance.now();
  const stamp = () => `${((performance.now() - started) / 1000).toFixed(2)} s`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1" };
  delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], { cwd: root, env: childEnv,
    stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(`${stamp()}  ${line}`);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  try {
    await waitForOk(`http://127.0.0.1:${port}/`, 120_000);
    lines.push(`${stamp()}  first 200 from /`);
    return lines;
  } finally {
    await stopped(child);
  }
}

async function profileStartup(serverUrl: string): Promise<void> {
  await buildIfStale(log);
  const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-profile-start-"));
  try {
    for (const kind of ["fresh", "existing"]) {
      console.log(`\n### npm start, ${kind} data folder\n\n\`\`\`\n${(await stampedStart(dataDir)).join("\n")}\n\`\`\``);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  await createDatabase(serverUrl, "profile_migrate");
  const started = performance.now();
  await applyMigrations(withDatabase(serverUrl, "profile_migrate"));
  console.log(`\nmigrations alone on an empty database: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  const seedStarted = performance.now();
  await prepareDatabase(withDatabase(serverUrl, "profile_migrate"));
  console.log(`then the seed (migrations already applied): ${((performance.now() - seedStarted) / 1000).toFixed(2)} s`);
}

const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-profile-data-"));
const server = await startEmbeddedServer({ dataDir, ephemeral: true });
try {
  if (target === "startup") {
    await profileStartup(server.url);
  } else {
    await createDatabase(server.url, "profile");
    const databaseUrl = withDatabase(server.url, "profile");
    await prepareDatabase(databaseUrl);
    const loaded = await loadSyntheticData(databaseUrl, quick ? "seed" : "large");
    log(`data loaded in ${loaded.seconds.toFixed(1)} s`);
    if (target === "staff") {
      await profileStaffReads(databaseUrl);
    } else {
      await buildIfStale(log);
      connectDatabase(databaseUrl);
      if (target === "csv") {
        for (const file of ["updates", "commitments"] as const) {
          await profileServerWork(databaseUrl, `public ${file}.csv over HTTP`, async (appUrl, pid) => {
            const run = await measureCsvExport(file, appUrl, databaseUrl, pid, todayIn("America/New_York"));
            return `${run.rows} rows in ${run.oursSeconds.toFixed(2)} s, COPY ${run.copySeconds.toFixed(2)} s ` +
              `(${(run.oursSeconds / run.copySeconds).toFixed(2)}×), +${run.memoryGrowthMb.toFixed(0)} MB`;
          });
        }
      } else {
        await profileServerWork(databaseUrl, "CSV import preview of the largest file", async (appUrl, pid) => {
          const run = await measureImportPreview(appUrl, pid, 1);
          return `${run.oursSeconds.toFixed(2)} s, csv-parse alone ${run.parseSeconds.toFixed(2)} s ` +
            `(${(run.oursSeconds / run.parseSeconds).toFixed(2)}×), +${run.memoryGrowthMb.toFixed(0)} MB (${run.answer})`;
        });
      }
      await disconnectDatabase();
    }
  }
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
