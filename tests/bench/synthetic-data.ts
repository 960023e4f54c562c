import pg from "pg";

/**
 * Synthetic data for benchmarks, clearly marked (declaration "synthetic-bench", keys "bench-…") and only ever loaded
 * into a throw-away benchmark database, never into the real seed. Rows are generated inside PostgreSQL with
 * INSERT … SELECT over generate_series: nothing crosses the wire, so a million updates load in seconds.
 */
export const SIZES = {
  seed: { commitments: 0, updates: 0 },
  medium: { commitments: 1_000, updates: 50_000 },
  large: { commitments: 10_000, updates: 1_000_000 },
  // The CSV export benchmark (tests/bench/csv-export.ts).
  csv: { commitments: 100_000, updates: 1_000_000 },
} as const;
export type SizeName = keyof typeof SIZES;

// Ten endorsing countries the fact sheet does not name, so that the synthetic set spreads over 22 countries.
const EXTRA_COUNTRIES: [string, string, string][] = [
  ["BR", "BRA", "Brazil"], ["CL", "CHL", "Chile"], ["SV", "SLV", "El Salvador"], ["HN", "HND", "Honduras"],
  ["JM", "JAM", "Jamaica"], ["PY", "PRY", "Paraguay"], ["BB", "BRB", "Barbados"], ["HT", "HTI", "Haiti"],
  ["GY", "GUY", "Guyana"], ["DO", "DOM", "Dominican Republic"],
];

export async function loadSyntheticData(databaseUrl: string, size: SizeName): Promise<{ seconds: number }> {
  const { commitments, updates } = SIZES[size];
  if (commitments === 0) return { seconds: 0 };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO framework (id, key, name, short_name)
      VALUES ('bench-framework', 'synthetic-bench', 'Synthetic benchmark data (not real commitments)', 'Synthetic')`);
    await client.query(`INSERT INTO declaration (id, key, framework_id, meeting_name, meeting_date, source_title, source_url,
        published_at)
      VALUES ('bench-declaration', 'synthetic-bench', 'bench-framework',
        'Synthetic meeting', '2024-09-25', 'Synthetic source', 'https://example.org/synthetic', now())`);
    await client.query(`INSERT INTO pillar (id, slug, framework_id, position, name, short_name, description)
      SELECT 'bench-pillar-' || p, 'bench-pillar-' || p, 'bench-framework', p, 'Synthetic pillar ' || p,
        'Bench ' || p, 'Synthetic pillar for benchmarks.' FROM generate_series(1, 3) AS p`);
    for (const [code, alpha3, name] of EXTRA_COUNTRIES) {
      await client.query("INSERT INTO country (code, alpha3, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        [code, alpha3, name]);
    }
    await client.query(`INSERT INTO app_user (id, email, display_name, password_hash, role, updated_at)
      SELECT 'bench-user-' || u, 'bench-editor-' || u || '@example.org', 'Bench editor ' || u, 'not-a-hash', 'EDITOR', now()
      FROM generate_series(1, 20) AS u`);
    const perCommitment = Math.floor(updates / commitments);
    await client.query(`INSERT INTO commitment (id, key, declaration_id, pillar_id, position, title, description,
        source_text, source_section, type, status, status_changed_at, last_update_at, version, created_at, updated_at)
      SELECT 'bench-c-' || i, 'bench-commitment-' || i, 'bench-declaration', 'bench-pillar-' || (i % 3 + 1), i,
        'Synthetic commitment ' || i || ': ' || left(md5(i::text), 24),
        repeat(md5(i::text) || ' ', 4),
        'Synthetic source sentence ' || i || '. ' || repeat(md5((i * 7)::text) || ' ', 6),
        'Synthetic section ' || (i % 3 + 1),
        (ARRAY['FUNDING','PROGRAM','POLICY_OR_LAW','ENFORCEMENT_ACTION','INSTITUTIONAL','DIPLOMATIC'])[i % 6 + 1]::"CommitmentType",
        (ARRAY['NO_INFORMATION','NOT_STARTED','IN_PROGRESS','AT_RISK','PARTLY_COMPLETED','COMPLETED','DISCONTINUED'])[i % 7 + 1]::"CommitmentStatus",
        now() - (i % 700) * interval '1 day', now() - (i % 200) * interval '1 day', $1, now(), now()
      FROM generate_series(1, $2::int) AS i`, [perCommitment + 1, commitments]);
    await client.query(`INSERT INTO commitment_country (commitment_id, country_code, role)
      SELECT 'bench-c-' || i, codes[i % 22 + 1], 'LEAD'
      FROM generate_series(1, $1::int) AS i,
        (SELECT array_agg(code ORDER BY code) AS codes FROM country) AS c`, [commitments]);
    await client.query(`INSERT INTO commitment_country (commitment_id, country_code, role)
      SELECT 'bench-c-' || i, codes[(i + 5) % 22 + 1], 'PARTNER'
      FROM generate_series(1, $1::int) AS i,
        (SELECT array_agg(code ORDER BY code) AS codes FROM country) AS c WHERE i % 3 = 0`, [commitments]);
    // Every precision, dates from 2024 to 2028; due_on is the period's last day, as lib/domain/date-precision.ts says.
    await client.query(`INSERT INTO deadline (id, commitment_id, key, kind, label, date, precision, due_on)
      SELECT 'bench-d-' || i, 'bench-c-' || i, 'deadline', 'DEADLINE', 'Synthetic deadline', start, precision,
        CASE precision
          WHEN 'DAY' THEN start
          WHEN 'MONTH' THEN (start + interval '1 month' - interval '1 day')::date
          WHEN 'QUARTER' THEN (start + interval '3 months' - interval '1 day')::date
          WHEN 'YEAR' THEN (start + interval '1 year' - interval '1 day')::date
          ELSE (start + interval '1 year' - interval '1 day')::date END
      FROM (
        SELECT i, p.precision,
          CASE p.precision
            WHEN 'DAY' THEN d
            WHEN 'MONTH' THEN date_trunc('month', d)::date
            WHEN 'QUARTER' THEN date_trunc('quarter', d)::date
            WHEN 'YEAR' THEN date_trunc('year', d)::date
            ELSE (date_trunc('year', d + interval '3 months') - interval '3 months')::date END AS start
        FROM generate_series(1, $1::int) AS i,
          LATERAL (SELECT ('2024-01-01'::date + (i * 37 % 1800))::date AS d) AS day,
          LATERAL (SELECT (ARRAY['DAY','MONTH','QUARTER','YEAR','FISCAL_YEAR'])[i % 5 + 1]::"DatePrecision" AS precision) AS p
      ) AS rows`, [commitments]);
    await client.query(`INSERT INTO progress_update (id, commitment_id, author_id, source, visibility, created_at, version,
        old_status, new_status, status_reason, note, evidence_urls)
      SELECT 'bench-u-' || n, 'bench-c-' || (n % $1 + 1), 'bench-user-' || (n % 20 + 1), 'STAFF',
        CASE WHEN n % 5 = 0 THEN 'INTERNAL' ELSE 'PUBLIC' END::"UpdateVisibility",
        now() - ((($2 - n) / 500.0) * interval '1 hour'), n / $1 + 2,
        NULL, NULL, NULL,
        'Synthetic progress note ' || n || '. ' || repeat(md5(n::text) || ' ', 1 + n % 8),
        CASE WHEN n % 4 = 0 THEN ARRAY['https://example.org/evidence/' || n] ELSE ARRAY[]::text[] END
      FROM generate_series(0, $2::int - 1) AS n`, [commitments, perCommitment * commitments]);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return { seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
