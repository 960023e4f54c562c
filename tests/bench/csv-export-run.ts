import { readFileSync } from "node:fs";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { connectDatabase, disconnectDatabase } from "../../lib/db/client";
import { commitmentCsv, updatesCsv } from "../../lib/data/csv-export";
import { answerResponse } from "../../lib/http/responses";
import { NO_FILTERS } from "../../lib/validation/commitment-filters";
import { copySql } from "./copy-sql";

/**
 * One measured export, in a process of its own so that its peak memory is its own: `ours` streams the staff file
 * through the code the route handler runs (answerResponse over the keyset batches), `copy` has PostgreSQL write the same
 * columns with COPY … TO STDOUT. Prints one JSON line. Run by tests/bench/csv-export-vs-copy.ts.
 */
const [method, file, databaseUrl, today] = process.argv.slice(2) as ["ours" | "copy", "commitments" | "updates", string, string];
const ORIGIN = "http://localhost:3000";

function memoryKb(field: "VmRSS" | "VmHWM"): number {
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0);
}

async function* ours(): AsyncIterable<Uint8Array> {
  connectDatabase(databaseUrl);
  const lines = file === "commitments" ? commitmentCsv(NO_FILTERS, today, "staff", ORIGIN)
    : updatesCsv(NO_FILTERS, today, "staff");
  const reader = (await answerResponse({ csv: lines, name: file, today })).body!.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) yield chunk.value;
}

async function copy(client: pg.Client): Promise<AsyncIterable<Buffer>> {
  await client.connect();
  return client.query(copyTo(copySql(file, "staff", today, ORIGIN)));
}

const client = new pg.Client({ connectionString: databaseUrl });
const rssBeforeKb = memoryKb("VmRSS");
let heapPeak = process.memoryUsage().heapUsed;
const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 10);
const started = performance.now();
let firstByteMs = 0;
let bytes = 0;
for await (const chunk of method === "ours" ? ours() : await copy(client)) {
  if (bytes === 0) firstByteMs = performance.now() - started;
  bytes += chunk.length;
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
console.log(JSON.stringify({ method, file, seconds, firstByteMs, bytes, rssBeforeMb: rssBeforeKb / 1024,
  rssPeakMb: memoryKb("VmHWM") / 1024, heapPeakMb: heapPeak / 1024 / 1024 }));
await client.end().catch(() => undefined);
await disconnectDatabase();
