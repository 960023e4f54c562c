import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseBefore } from "../support/migration-database";

/**
 * Migration 20261202030000_data_fidelity on a database made by the migrations before it, holding a deadline that
 * staff already moved and a figure stored as "exactly": the first date and the moves come from the history, and the
 * qualifier becomes "stated".
 */
let client: pg.Client;
let database: Awaited<ReturnType<typeof databaseBefore>>;

beforeAll(async () => {
  database = await databaseBefore("20261202030000_data_fidelity");
  client = database.client;
  await client.query(`
    INSERT INTO declaration (id, key, name, meeting_name, meeting_date, source_title, source_url, published_at)
      VALUES ('d', 'decl', 'Declaration', 'Meeting', '2024-09-25', 'Fact sheet', 'https://example.org', now());
    INSERT INTO commitment (id, key, declaration_id, position, title, description, source_text, source_section, type,
        updated_at, version)
      VALUES ('c', 'cr-offices', 'd', 1, 'Offices open until December 2025', 'x', 'x', 'x', 'PROGRAM', now(), 3);
    INSERT INTO deadline (id, commitment_id, key, kind, label, date, precision, due_on)
      VALUES ('dl', 'c', 'open-until', 'DEADLINE', 'Open until', '2026-09-01', 'MONTH', '2026-09-30'),
             ('still', 'c', 'other', 'MILESTONE', 'Other', '2025-01-01', 'YEAR', '2025-12-31');
    INSERT INTO progress_update (id, commitment_id, source, visibility, created_at, version, evidence_urls)
      VALUES ('u1', 'c', 'STAFF', 'PUBLIC', '2026-01-10', 2, '{}'), ('u2', 'c', 'STAFF', 'PUBLIC', '2026-05-10', 3, '{}');
    INSERT INTO deadline_change (id, update_id, deadline_id, old_date, old_precision, new_date, new_precision)
      VALUES ('z-first', 'u1', 'dl', '2025-12-01', 'MONTH', '2026-06-01', 'MONTH'),
             ('a-second', 'u2', 'dl', '2026-06-01', 'MONTH', '2026-09-01', 'MONTH');
    INSERT INTO target (id, commitment_id, key, kind, label, qualifier, value, unit)
      VALUES ('t', 'c', 'people', 'GOAL', 'People', 'EXACTLY', 4400000, 'Venezuelans');`);
  await database.apply();
});

afterAll(async () => {
  await database.drop();
});

describe("the data fidelity migration on an existing database", () => {
  it("gives a moved deadline the first date its history recorded and counts its moves; others keep their own", async () => {
    const rows = await client.query<{ id: string; original: string; original_precision: string; move_count: number }>(
      `SELECT id, to_char(original_date, 'YYYY-MM-DD') AS original, original_precision, move_count FROM deadline ORDER BY id`);
    expect(rows.rows).toEqual([
      { id: "dl", original: "2025-12-01", original_precision: "MONTH", move_count: 2 },
      { id: "still", original: "2025-01-01", original_precision: "YEAR", move_count: 0 },
    ]);
  });

  it("renames exactly to stated, and keeps counting moves from then on", async () => {
    expect((await client.query(`SELECT qualifier::text FROM target`)).rows).toEqual([{ qualifier: "STATED" }]);
    await client.query(`UPDATE deadline SET date = '2027-01-01', precision = 'YEAR', due_on = '2027-12-31',
      original_date = '2000-01-01' WHERE id = 'dl'`);
    const moved = await client.query(`SELECT to_char(original_date, 'YYYY-MM-DD') AS original, move_count FROM deadline WHERE id = 'dl'`);
    expect(moved.rows).toEqual([{ original: "2025-12-01", move_count: 3 }]);
  });
});
