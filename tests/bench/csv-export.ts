import { readFile } from "node:fs/promises";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";

/**
 * The public history export over HTTP, beside PostgreSQL's own COPY of the same rows and columns in CSV. The
 * server's resident memory is sampled while the download runs, to see whether streaming keeps it flat.
 */
const COPY_SQL = `COPY (
  SELECT u.id, c.key, u.created_at, coalesce(a.display_name, u.source::text), u.old_status, u.new_status, u.status_reason,
    u.note, array_to_string(u.evidence_urls, ';'), u.value_reached, u.corrects_id
  FROM progress_update u JOIN commitment c ON c.id = u.commitment_id LEFT JOIN app_user a ON a.id = u.author_id
  WHERE u.visibility = 'PUBLIC' AND c.archived_at IS NULL
  ORDER BY u.created_at DESC, u.id DESC) TO STDOUT WITH CSV HEADER`;

async function rss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function counter() {
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const byte of chunk) if (byte === 10) lines += 1;
      done();
    },
  });
  return { sink, lines: () => lines };
}

export async function measureCsvExport(appUrl: string, databaseUrl: string, serverPid: number) {
  const before = await rss(serverPid);
  let peak = before;
  const sampler = setInterval(() => void rss(serverPid).then((value) => (peak = Math.max(peak, value)), () => undefined), 100);
  const started = performance.now();
  const response = await fetch(`${appUrl}/export/updates.csv`);
  let bytes = 0;
  let rows = 0;
  const reader = response.body!.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    bytes += next.value.length;
    for (const byte of next.value) if (byte === 10) rows += 1;
  }
  const oursSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const copyStarted = performance.now();
  const sink = counter();
  await pipeline(client.query(copyTo(COPY_SQL)), sink.sink);
  const copySeconds = (performance.now() - copyStarted) / 1000;
  await client.end();
  return { rows: rows - 1, bytes, oursSeconds, copySeconds, copyLines: sink.lines(), memoryGrowthMb: peak - before };
}
