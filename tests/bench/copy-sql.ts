/**
 * PostgreSQL's own CSV of the export files' rows, for COPY … TO STDOUT: the baseline the exports are measured against
 * (over HTTP in tests/bench/csv-export.ts, in a process of its own in tests/bench/csv-export-run.ts). It does no formula
 * guard and writes no BOM. The public files leave out archived commitments, and internal entries.
 */
export type CsvFile = "commitments" | "updates";
export type CsvAudience = "staff" | "public";

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

function commitmentsSql(audience: CsvAudience, today: string, origin: string): string {
  return `SELECT c.key, c.version, parent.key AS parent_key, d.key AS declaration, p.slug AS pillar, c.title,
      c.description, c.source_text, c.source_section, lower(c.type::text) AS type, lower(c.status::text) AS status,
      NULL AS status_reason, NULL AS evidence_urls, ${iso("c.status_changed_at")} AS status_changed_at,
      (SELECT cc.country_code FROM commitment_country cc WHERE cc.commitment_id = c.id AND cc.role = 'LEAD'
        ORDER BY cc.country_code LIMIT 1) AS lead_country,
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
      '${origin}/commitments/' || c.key AS url${audience === "staff" ? `, ${iso("c.archived_at")} AS archived_at` : ""}
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
    ${audience === "public" ? "WHERE c.archived_at IS NULL" : ""}
    ORDER BY c.declaration_id, c.position, c.id`;
}

/** Every column of the staff history file. */
const STAFF_UPDATES = `SELECT u.id AS update_id, c.key AS commitment_key, ${iso("u.created_at")} AS created_at,
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
    ORDER BY u.id`;

/** The public history file's columns as the first baseline had them (kept so that its ratios stay comparable). */
const PUBLIC_UPDATES = `
  SELECT u.id, c.key, u.created_at, coalesce(a.display_name, u.source::text), u.old_status, u.new_status, u.status_reason,
    u.note, array_to_string(u.evidence_urls, ';'), u.value_reached, u.corrects_id
  FROM progress_update u JOIN commitment c ON c.id = u.commitment_id LEFT JOIN app_user a ON a.id = u.author_id
  WHERE u.visibility = 'PUBLIC' AND c.archived_at IS NULL
  ORDER BY u.id`;

export function copySql(file: CsvFile, audience: CsvAudience, today: string, origin: string): string {
  const rows = file === "commitments" ? commitmentsSql(audience, today, origin)
    : audience === "staff" ? STAFF_UPDATES : PUBLIC_UPDATES;
  return `COPY (${rows}) TO STDOUT WITH (FORMAT csv, HEADER)`;
}
