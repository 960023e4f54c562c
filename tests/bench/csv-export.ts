import { readFile } from "node:fs/promises";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { copySql, type CsvFile } from "./copy-sql";

/**
 * A public export file over HTTP, beside PostgreSQL's own COPY of the same rows in CSV. The server's resident memory
 * is sampled while the download runs, to see whether streaming keeps it flat.
 */
async function rss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Line ends in a chunk, counted natively: a byte-by-byte loop here cost the measuring process more than the export. */
function lineEnds(chunk: Uint8Array): number {
  const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) count += 1;
  return count;
}

function counter() {
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines += lineEnds(chunk);
      done();
    },
  });
  return { sink, lines: () => lines };
}

export async function measureCsvExport(file: CsvFile, appUrl: string, databaseUrl: string, serverPid: number, today: string) {
  const before = await rss(serverPid);
  let peak = before;
  const sampler = setInterval(() => void rss(serverPid).then((value) => (peak = Math.max(peak, value)), () => undefined), 100);
  const started = performance.now();
  // Uncompressed, as COPY's output is: fetch asks for gzip by default, and compressing 300 MB is not the export's work.
  const response = await fetch(`${appUrl}/export/${file}.csv`, { headers: { "accept-encoding": "identity" } });
  let bytes = 0;
  let rows = 0;
  const reader = response.body!.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    bytes += next.value.length;
    rows += lineEnds(next.value);
  }
  const oursSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const copyStarted = performance.now();
  const sink = counter();
  await pipeline(client.query(copyTo(copySql(file, "public", today, appUrl))), sink.sink);
  const copySeconds = (performance.now() - copyStarted) / 1000;
  await client.end();
  return { rows: rows - 1, bytes, oursSeconds, copySeconds, copyLines: sink.lines(), memoryGrowthMb: peak - before };
}
