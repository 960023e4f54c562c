import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIfStale } from "../../lib/cli/build-if-stale";
import { connectDatabase, db, disconnectDatabase } from "../../lib/db/client";
import { createDatabase, withDatabase } from "../../lib/db/databases";
import { startEmbeddedServer } from "../../lib/db/embedded-server";
import { prepareDatabase } from "../../lib/db/prepare-database";
import { todayIn } from "../../lib/domain/calendar-date";
import { env } from "../../lib/env";
import { freePort } from "../support/app-process";
import { runAutocannon, startStaticServer, type LoadResult } from "./http-load";
import { measurePageWeights } from "./page-weight";
import { lighthouseScores, LIGHTHOUSE_PAGES } from "../support/lighthouse";
import { median } from "./stats";
import { p50p99, staffReads, timeServerReads } from "./server-reads";
import { measureCsvExport } from "./csv-export";
import { measureImportPreview } from "./import-preview";
import { loadSyntheticData, SIZES, type SizeName } from "./synthetic-data";
import { measureContention, measureWrites } from "./write-load";
import { measureSaveUnderLoad, p99 } from "./save-under-load";
import { hashPassword } from "../../lib/auth/password";
import { measureBulkStatus } from "./bulk-status";

/**
 * `npm run bench`: each figure beside its baseline measured in the same run, as medians of several rounds, with the
 * ratio. `--quick` runs on the real seed alone with short rounds (its harness is what tests/integration runs).
 */
const root = path.resolve(import.meta.dirname, "../..");
const quick = process.argv.includes("--quick");
/** `--only 1,4`: the rows of those numbers alone (and the server's memory), for measuring one change at a time. */
const onlyArgument = process.argv.indexOf("--only");
const only = onlyArgument === -1 ? null : new Set(String(process.argv[onlyArgument + 1] ?? "").split(",").map(Number));
if (only && [...only].some((row) => !Number.isInteger(row) || row < 1 || row > 8)) {
  throw new Error("--only takes row numbers from 1 to 8, separated by commas (e.g. --only 1,4)");
}
const runs = (row: number) => only === null || only.has(row);
const size: SizeName = quick ? "seed" : "large";
const ROUNDS = quick ? 1 : 3;
const LOAD_SECONDS = quick ? 1 : 10;
const log = (line: string) => console.error(`[bench] ${line}`);

type Row = { row: string; measure: string; ours: string; baseline: string; ratio: string };
const rows: Row[] = [];
const fmt = (value: number, digits = 1) => value.toFixed(digits);
const ratio = (ours: number, baseline: number) => (baseline > 0 ? `${(ours / baseline).toFixed(2)}×` : "n/a");

async function waitForOk(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if ((await fetch(url).then((response) => response.status, () => 0)) === 200) return;
    if (Date.now() > until) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

async function memoryOf(pid: number): Promise<{ rssMb: number; peakMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rssMb: field("VmRSS"), peakMb: field("VmHWM") };
}

async function medianLoad(url: string, connections: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const results: LoadResult[] = [];
  for (let round = 0; round < ROUNDS; round += 1) results.push(await runAutocannon(url, connections, LOAD_SECONDS, headers));
  return {
    rps: median(results.map((result) => result.rps)),
    p50: median(results.map((result) => result.p50)),
    p99: median(results.map((result) => result.p99)),
    errors: results.reduce((sum, result) => sum + result.errors + result.non2xx, 0),
    non2xx: 0,
  };
}

/** Every kind of public page a reader opens; each is served from the page cache after its first render. */
const PUBLIC_PAGES = ["/", "/commitments/cr-safe-mobility-offices-extension", "/countries/cr", "/pillars/lawful-pathways",
  "/sources/la-declaration-2024-ministerial", "/updates", "/map", "/embed/commitments/cr-safe-mobility-offices-extension",
  "/es", "/es/commitments/cr-safe-mobility-offices-extension", "/es/countries/cr", "/es/pillars/lawful-pathways",
  "/es/sources/la-declaration-2024-ministerial", "/es/updates", "/es/map", "/es/embed/commitments/cr-safe-mobility-offices-extension"];

/** A Spanish page is read by a reader who chose Spanish (the cookie proxy.ts sets); without it the page sets it. */
const readerOf = (page: string): Record<string, string> => (page.startsWith("/es") ? { cookie: "NEXT_LOCALE=es" } : {});

async function publicPageLoad(appUrl: string): Promise<void> {
  for (const page of PUBLIC_PAGES) {
    const html = Buffer.from(await (await fetch(appUrl + page, { headers: readerOf(page) })).arrayBuffer());
    const baseline = await startStaticServer(html);
    try {
      for (const connections of [10, 50]) {
        const ours = await medianLoad(appUrl + page, connections, readerOf(page));
        const bare = await medianLoad(baseline.url, connections);
        rows.push({
          row: "1 public page load", measure: `${page} @${connections} conn: req/s, p50/p99 ms, errors`,
          ours: `${fmt(ours.rps, 0)} req/s, ${ours.p50}/${ours.p99} ms, ${ours.errors} err`,
          baseline: `${fmt(bare.rps, 0)} req/s, ${bare.p50}/${bare.p99} ms (node:http, same bytes)`,
          ratio: ratio(ours.rps, bare.rps),
        });
      }
    } finally {
      await baseline.close();
    }
  }
}

/** Row 2: staff pages' reads through the data layer beside one raw SQL query each (tests/bench/server-reads.ts). */
async function staffReadTimes(databaseUrl: string, today: string): Promise<void> {
  for (const read of await timeServerReads(databaseUrl, staffReads(today), quick ? 5 : 30)) {
    rows.push({
      row: `2 ${read.name}`, measure: `server time p50/p99 (${read.found})`,
      ours: p50p99(read.oursMs), baseline: `${p50p99(read.rawMs)} (one SQL query via pg)`,
      ratio: read.agree ? ratio(median(read.oursMs), median(read.rawMs)) : "rows differ",
    });
  }
}

async function staffWrites(): Promise<void> {
  const admin = await db().user.create({
    data: { email: `bench-admin-${randomBytes(3).toString("hex")}@example.org`, displayName: "Bench admin",
      passwordHash: "not-a-hash", role: "ADMIN" },
  });
  const actor = { id: admin.id, role: "ADMIN" as const, scope: { countryCodes: [], pillarIds: [] } };
  const targets = await db().commitment.findMany({ where: { archivedAt: null }, orderBy: { position: "asc" }, take: 21,
    select: { id: true } });
  const writes = await measureWrites(actor, targets.slice(0, 20).map((row) => row.id), quick ? 3 : 20);
  rows.push({ row: "3 staff writes", measure: "20 editors, own commitments: updates/s, p99, errors",
    ours: `${fmt(writes.updatesPerSecond)} /s, p99 ${fmt(writes.p99)} ms, ${writes.errors} errors`, baseline: "errors must be 0",
    ratio: writes.errors === 0 ? "ok" : "FAIL" });
  const contention = await measureContention(actor, targets[20]!.id, 20, quick ? 3 : 10);
  const oneWinner = contention.winnersPerRound.every((winners) => winners === 1);
  rows.push({ row: "3 staff writes", measure: "20 editors, one commitment: winners per version, lost updates",
    ours: `${contention.winnersPerRound.join(",")} winners; ${contention.conflicts} conflicts; ${contention.lostUpdates} lost`,
    baseline: "exactly 1 winner per version, 0 lost", ratio: oneWinner && contention.lostUpdates === 0 ? "ok" : "FAIL" });
}

/** Row 3: one staff member's save, click to confirmation in Chromium, idle and while 200 readers load `/`. */
async function saveUnderReaders(appUrl: string): Promise<void> {
  const password = randomBytes(12).toString("hex");
  const email = `bench-saver-${randomBytes(3).toString("hex")}@example.org`;
  await db().user.create({ data: { email, displayName: "Bench saver", passwordHash: await hashPassword(password), role: "ADMIN" } });
  const run = await measureSaveUnderLoad({ appUrl, email, password, key: "pe-migrant-children-school-documentation",
    readers: 200, saves: quick ? 2 : 10 }).catch((error: unknown) => error instanceof Error ? error : new Error(String(error)));
  if (run instanceof Error) {
    rows.push({ row: "3 save under load", measure: "one save in Chromium while 200 readers load /", ours: run.message,
      baseline: "goal p99 < 1 s", ratio: "FAIL" });
    return;
  }
  rows.push({ row: "3 save under load", measure: `one save in Chromium while 200 readers load / (${fmt(run.readers.rps, 0)} req/s, ${run.readers.errors + run.readers.non2xx} errors): p50/p99`,
    ours: `${fmt(median(run.loadedMs), 0)}/${fmt(p99(run.loadedMs), 0)} ms`,
    baseline: `${fmt(median(run.idleMs), 0)}/${fmt(p99(run.idleMs), 0)} ms (same saves, no readers); goal p99 < 1 s`,
    ratio: ratio(p99(run.loadedMs), p99(run.idleMs)) });
}

/** Row 7: a bulk status change of 1,000 commitments (tests/bench/bulk-status.ts). */
async function bulkStatusTimes(databaseUrl: string): Promise<void> {
  const admin = await db().user.create({
    data: { email: `bench-bulk-${randomBytes(3).toString("hex")}@example.org`, displayName: "Bench bulk",
      passwordHash: "not-a-hash", role: "ADMIN" },
  });
  const actor = { id: admin.id, role: "ADMIN" as const, scope: { countryCodes: [], pillarIds: [] } };
  const run = await measureBulkStatus(databaseUrl, actor, 1_000, quick ? 2 : 5);
  rows.push({ row: "7 bulk status change", measure: `${run.count} commitments, one transaction: time p50`,
    ours: `${fmt(median(run.oursMs), 0)} ms`, baseline: `${fmt(median(run.rawMs), 0)} ms (one UPDATE + one INSERT … SELECT)`,
    ratio: ratio(median(run.oursMs), median(run.rawMs)) });
}

/** Row 4: each public file over HTTP beside COPY of the same rows (tests/bench/csv-export.ts). */
async function csvExportTimes(appUrl: string, databaseUrl: string, pid: number, today: string): Promise<void> {
  for (const file of ["updates", "commitments"] as const) {
    const run = await measureCsvExport(file, appUrl, databaseUrl, pid, today);
    rows.push({ row: `4 CSV export (public ${file})`, measure: `${run.rows} rows: time, server memory growth`,
      ours: `${fmt(run.oursSeconds, 2)} s, +${fmt(run.memoryGrowthMb, 0)} MB RSS`,
      baseline: `${fmt(run.copySeconds, 2)} s (COPY … TO STDOUT WITH CSV)`, ratio: ratio(run.oursSeconds, run.copySeconds) });
  }
}

/** Row 8: the preview of the largest file the import takes (tests/bench/import-preview.ts). */
async function importPreviewTimes(appUrl: string, pid: number): Promise<void> {
  const preview = await measureImportPreview(appUrl, pid, ROUNDS);
  const previewed = /^200, .*\d+ to add/.test(preview.answer);
  rows.push({ row: "8 CSV import preview (largest file)",
    measure: `${preview.rows} rows, ${fmt(preview.megabytes, 2)} MB: time, server memory growth, answer`,
    ours: `${fmt(preview.oursSeconds, 2)} s, +${fmt(preview.memoryGrowthMb, 0)} MB RSS (${preview.answer})`,
    baseline: `${fmt(preview.parseSeconds, 2)} s (csv-parse alone, same bytes; goal ≤ 3×, growth < 100 MB)`,
    ratio: previewed ? ratio(preview.oursSeconds, preview.parseSeconds) : "FAIL" });
}

async function startupTimes(): Promise<void> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-bench-start-"));
    try {
      cold.push(await timeStart(dataDir));
      warm.push(await timeStart(dataDir));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  rows.push({ row: "5 start-up", measure: "npm start to first 200 from / (build present)",
    ours: `fresh data folder ${fmt(median(cold) / 1000, 2)} s; existing ${fmt(median(warm) / 1000, 2)} s`,
    baseline: "targets: existing < 2 s, fresh < 4 s", ratio: median(warm) < 2000 && median(cold) < 4000 ? "ok" : "missed" });
}

async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1" };
  // The embedded server, as a user's `npm start` would have it.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], { cwd: root, stdio: "ignore", env });
  try {
    await waitForOk(`http://127.0.0.1:${port}/`, 120_000);
    return performance.now() - started;
  } finally {
    await stopChild(child);
  }
}

function printTable(): void {
  const header: Row = { row: "row", measure: "measure", ours: "Pledgeboard", baseline: "baseline (same run)", ratio: "ratio" };
  const all = [header, ...rows];
  const widths = (Object.keys(header) as (keyof Row)[]).map((key) => Math.max(...all.map((row) => row[key].length)));
  for (const [index, row] of all.entries()) {
    console.log("| " + (Object.keys(header) as (keyof Row)[]).map((key, column) => row[key].padEnd(widths[column]!)).join(" | ") + " |");
    if (index === 0) console.log("|" + widths.map((width) => "-".repeat(width + 2)).join("|") + "|");
  }
}

async function main(): Promise<void> {
  log(`mode ${quick ? "quick (real seed, short rounds)" : `full (${SIZES[size].commitments} synthetic commitments, ${SIZES[size].updates} updates)`}${only ? `, rows ${[...only].join(",")} only` : ""}`);
  await buildIfStale(log);
  const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-bench-"));
  const server = await startEmbeddedServer({ dataDir, ephemeral: true });
  let app: ChildProcess | undefined;
  try {
    await createDatabase(server.url, "bench");
    const databaseUrl = withDatabase(server.url, "bench");
    await prepareDatabase(databaseUrl);
    const loaded = await loadSyntheticData(databaseUrl, size);
    if (size !== "seed") log(`synthetic data loaded in ${fmt(loaded.seconds)} s (INSERT … SELECT generate_series)`);
    connectDatabase(databaseUrl);

    const port = await freePort();
    // The web server as npm start runs it (lib/cli/start.ts), heap limit included.
    app = spawn(process.execPath, [`--max-old-space-size=${env().SERVER_HEAP_MB}`, path.join(root, "lib/server/serve-next.mjs"), "--port", String(port),
      "--hostname", "127.0.0.1", "--trusted-proxy-hops", "0", "--time-zone", "America/New_York"], {
      cwd: root, stdio: "ignore",
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1",
        NEXTAUTH_SECRET: randomBytes(32).toString("hex"), AUTH_TRUST_HOST: "1" },
    });
    const appUrl = `http://127.0.0.1:${port}`;
    await waitForOk(`${appUrl}/api/health`, 60_000);
    const memoryBefore = await memoryOf(app.pid!);

    if (runs(1)) {
      log("row 1: public pages under load");
      await publicPageLoad(appUrl);
    }
    if (runs(2)) {
      log("row 2: admin list and reminders");
      await staffReadTimes(databaseUrl, todayIn("America/New_York"));
    }
    if (runs(3)) {
      log("row 3: staff writes");
      await staffWrites();
      await saveUnderReaders(appUrl);
    }
    if (runs(4)) {
      log("row 4: CSV export");
      await csvExportTimes(appUrl, databaseUrl, app.pid!, todayIn("America/New_York"));
    }
    if (runs(5)) {
      log("row 5: start-up");
      await startupTimes();
    }
    if (runs(6)) {
      log("row 6: page weight");
      for (const weight of await measurePageWeights(appUrl, quick ? 5 : 30)) {
        rows.push({ row: "6 page weight", measure: `${weight.path}: JS files, bytes, server ms`,
          ours: `${weight.scripts} files, ${Math.round(weight.bytes / 1024)} KiB, ${fmt(weight.serverMs)} ms`, baseline: "-", ratio: "-" });
      }
    }
    // From here on the quick run's seed holds the commitments bulk status adds, which the rows above must not see.
    if (runs(7)) {
      log("row 7: bulk status change");
      await bulkStatusTimes(databaseUrl);
    }
    const memoryAfter = await memoryOf(app.pid!);
    if (runs(8)) {
      log("row 8: CSV import preview");
      await importPreviewTimes(appUrl, app.pid!);
    }
    if (runs(9)) {
      log("row 9: Lighthouse, mobile profile");
      for (const score of await lighthouseScores(appUrl, LIGHTHOUSE_PAGES)) {
        const met = score.performance >= 95 && score.accessibility === 100 && score.bestPractices === 100 && score.seo >= 95;
        rows.push({ row: "9 Lighthouse (mobile)", measure: `${score.path}: performance / accessibility / best practices / SEO`,
          ours: `${score.performance} / ${score.accessibility} / ${score.bestPractices} / ${score.seo}`,
          baseline: "targets: >=95 / 100 / 100 / >=95", ratio: met ? "ok" : "missed" });
      }
    }
    rows.push({ row: "server memory", measure: "app process RSS before/after, peak (MB)",
      ours: `${fmt(memoryBefore.rssMb, 0)} → ${fmt(memoryAfter.rssMb, 0)} MB, peak ${fmt(memoryAfter.peakMb, 0)} MB`,
      baseline: "-", ratio: "-" });
  } finally {
    if (app) await stopChild(app);
    await disconnectDatabase();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  printTable();
}

await main();
