import { readFileSync } from "node:fs";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { connectDatabase, disconnectDatabase } from "../../lib/db/client";
import { commitmentCsv, updatesCsv } from "../../lib/data/csv-export";
import { answerResponse } from "../../lib/http/responses";
import { NO_FILTERS } from "../../lib/validation/commitment-filters";

/**
 * One measured export, in a process of its own so that its peak memory is its own: `ours` streams the staff file
 * through the code the route handler runs (answerResponse over the keyset batches), `copy` has PostgreSQL write the same
 * columns with COPY … TO STDOUT. Prints one JSON line. Run by tests/bench/csv-export-vs-copy.ts.
 */
const [method, file, databaseUrl, today] = process.argv.slice(2) as ["ours" | "copy", "commitments" | "updates", string, string];
const ORIGIN = "http://localhost:3000";

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The columns of the staff files, in their order, as SQL; the baseline does no formula guard and no BOM. */
const SQL: Record<typeof file, string> = {
  commitments: `SELECT c.key, c.version, parent.key AS parent_key, d.key AS declaration, p.slug AS pillar, c.title,
      c.description, c.source_text, c.source_section, lower(c.type::text) AS type, lower(c.status::text) AS status,
      NULL AS status_reason, NULL AS evidence_urls, ${iso("c.status_changed_at")} AS status_changed_at,
      (SELECT cc.country_code FROM commitment_country cc WHERE cc.commitment_id = c.id AND cc.role = 'LEAD') AS lead_country,
      (SELECT string_agg(cc.country_code, ';' ORDER BY cc.role, cc.country_code) FROM commitment_country cc
        WHERE cc.commitment_id = c.id) AS countries,
      (SELECT string_agg(cc.country_code || ':' || lower(cc.role::text), ';' ORDER BY cc.role, cc.country_code)
        FROM commitment_country cc WHERE cc.commitment_id = c.id) AS country_roles,
      c.collective_actor, CASE WHEN c.is_group THEN 'no' ELSE 'yes' END AS counted, nd.key AS deadline_key, lower(nd.kind::text) AS deadline_kind, nd.label AS deadline_label,
      nd.date AS deadline_date, lower(nd.precision::text) AS deadline_precision,
      to_char(nd.date, 'FMMonth YYYY') AS deadline_as_written, nd.due_on AS deadline_due_on,
      to_char(nd.original_date, 'FMMonth YYYY') AS deadline_original_as_written, nd.move_count AS deadline_times_moved,
      lower(t.kind::text) AS target_kind, t.as_written AS target_as_written, t.value AS target_value, t.unit AS target_unit, lower(t.qualifier::text) AS target_qualifier,
      t.current_value AS target_current_value, ${iso("c.last_update_at")} AS last_update_at,
      '${ORIGIN}/commitments/' || c.key AS url, ${iso("c.archived_at")} AS archived_at
    FROM commitment c
    JOIN declaration d ON d.id = c.declaration_id
    LEFT JOIN commitment parent ON parent.id = c.parent_id
    LEFT JOIN pillar p ON p.id = c.pillar_id
    LEFT JOIN LATERAL (SELECT dl.key, dl.kind, dl.label, dl.date, dl.precision, dl.due_on, dl.original_date,
        dl.move_count FROM deadline dl
      WHERE dl.commitment_id = c.id AND dl.kind <> 'REFERENCE'
      ORDER BY (dl.due_on >= DATE '${today}') DESC, CASE WHEN dl.due_on >= DATE '${today}' THEN dl.due_on END,
        dl.due_on DESC LIMIT 1) nd ON true
    LEFT JOIN LATERAL (SELECT tg.kind, tg.as_written, tg.value, tg.unit, tg.qualifier, tg.current_value FROM target tg
      WHERE tg.commitment_id = c.id ORDER BY tg.key LIMIT 1) t ON true
    ORDER BY c.declaration_id, c.position, c.id`,
  updates: `SELECT u.id AS update_id, c.key AS commitment_key, ${iso("u.created_at")} AS created_at,
      coalesce(a.display_name, CASE u.source WHEN 'SEED' THEN 'Fact sheet' WHEN 'IMPORT' THEN 'CSV import'
        ELSE 'Staff' END) AS author,
      lower(u.old_status::text) AS old_status, lower(u.new_status::text) AS new_status, u.status_reason, u.note,
      array_to_string(u.evidence_urls, ';') AS evidence_urls,
      (SELECT string_agg(dl.label || ': ' || dc.new_date, ';') FROM deadline_change dc
        JOIN deadline dl ON dl.id = dc.deadline_id WHERE dc.update_id = u.id) AS deadline_changes,
      u.value_reached, u.corrects_id AS corrects_update_id, lower(u.visibility::text) AS visibility, a.email AS author_email
    FROM progress_update u
    JOIN commitment c ON c.id = u.commitment_id
    LEFT JOIN app_user a ON a.id = u.author_id
    ORDER BY u.id`,
};

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
  return client.query(copyTo(`COPY (${SQL[file]}) TO STDOUT WITH (FORMAT csv, HEADER)`));
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
