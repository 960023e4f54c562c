import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { createDatabase, withDatabase } from "../../lib/db/databases";
import { startEmbeddedServer } from "../../lib/db/embedded-server";
import { prepareDatabase } from "../../lib/db/prepare-database";
import { todayIn } from "../../lib/domain/calendar-date";
import { median } from "./stats";
import { loadSyntheticData, SIZES } from "./synthetic-data";

/**
 * `npm run bench:csv`: the staff CSV exports over 100,000 synthetic commitments and 1,000,000 synthetic updates (in a
 * throw-away embedded PostgreSQL, never in the app's data), each beside PostgreSQL's own COPY of the same columns in
 * the same run. Each export runs in a fresh process (tests/bench/csv-export-run.ts) so its peak memory is its own.
 * `--rounds N` (default 3) runs each N times and reports the median time and the highest peak; `--skip-commitments`
 * or `--skip-updates` leaves one file out.
 */
const root = path.resolve(import.meta.dirname, "../..");
const roundsFlag = process.argv.indexOf("--rounds");
const ROUNDS = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 3;
const FILES = (["commitments", "updates"] as const).filter((file) => !process.argv.includes(`--skip-${file}`));
const log = (line: string) => console.error(`[bench:csv] ${line}`);
const run = promisify(execFile);

type Measure = { seconds: number; firstByteMs: number; bytes: number; rssBeforeMb: number; rssPeakMb: number; heapPeakMb: number };

/** A run with the JS heap capped: finishing at all shows that memory does not grow with the rows. */
const CAPPED_HEAP_MB = 128;
type Method = { name: string; method: "ours" | "copy"; flags: string[] };
const METHODS: Method[] = [
  { name: "Pledgeboard export", method: "ours", flags: [] },
  { name: `Pledgeboard export, JS heap capped at ${CAPPED_HEAP_MB} MB`, method: "ours",
    flags: [`--max-old-space-size=${CAPPED_HEAP_MB}`] },
  { name: "COPY … TO STDOUT (pg-copy-streams)", method: "copy", flags: [] },
];

async function measure({ method, flags }: Method, file: "commitments" | "updates", url: string, today: string): Promise<Measure> {
  const results: Measure[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const { stdout } = await run(process.execPath, [...flags, "--conditions=react-server", "--import", "tsx",
      path.join(root, "tests/bench/csv-export-run.ts"), method, file, url, today], { cwd: root, maxBuffer: 1 << 20 });
    results.push(JSON.parse(stdout.trim().split("\n").at(-1)!) as Measure);
    log(`${file} ${method} ${flags.join(" ")} round ${round + 1}: ${results.at(-1)!.seconds.toFixed(2)} s`);
  }
  return {
    seconds: median(results.map((result) => result.seconds)),
    firstByteMs: median(results.map((result) => result.firstByteMs)),
    bytes: results[0]!.bytes,
    rssBeforeMb: median(results.map((result) => result.rssBeforeMb)),
    rssPeakMb: Math.max(...results.map((result) => result.rssPeakMb)),
    heapPeakMb: Math.max(...results.map((result) => result.heapPeakMb)),
  };
}

const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-bench-csv-"));
const server = await startEmbeddedServer({ dataDir, ephemeral: true });
try {
  await createDatabase(server.url, "bench_csv");
  const url = withDatabase(server.url, "bench_csv");
  log("migrating and seeding");
  await prepareDatabase(url);
  log(`loading ${SIZES.csv.commitments} synthetic commitments and ${SIZES.csv.updates} updates`);
  const loaded = await loadSyntheticData(url, "csv");
  log(`loaded in ${loaded.seconds.toFixed(1)} s`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts = await client.query<{ commitments: string; updates: string }>(
    "SELECT (SELECT count(*) FROM commitment) AS commitments, (SELECT count(*) FROM progress_update) AS updates");
  await client.end();
  const today = todayIn("America/New_York");
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(`\nCSV export, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB; median of ${ROUNDS} rounds, staff files (every row)\n`);
  console.log("| file | rows | method | time | first byte | size | process RSS before → peak | peak JS heap | time ratio |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const file of FILES) {
    const rows = Number(file === "commitments" ? counts.rows[0]!.commitments : counts.rows[0]!.updates);
    const results: Measure[] = [];
    for (const method of METHODS) results.push(await measure(method, file, url, today));
    const copy = results.at(-1)!;
    METHODS.forEach(({ name }, index) => {
      const result = results[index]!;
      console.log(`| ${file}.csv | ${rows.toLocaleString("en-US")} | ${name} | ${result.seconds.toFixed(2)} s | ` +
        `${result.firstByteMs.toFixed(0)} ms | ${mb(result.bytes)} MB | ${result.rssBeforeMb.toFixed(0)} → ` +
        `${result.rssPeakMb.toFixed(0)} MB | ${result.heapPeakMb.toFixed(0)} MB | ${(result.seconds / copy.seconds).toFixed(1)}× |`);
    });
  }
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
