import pg from "pg";
import { db } from "../../lib/db/client";
import { bulkSetStatus } from "../../lib/data/bulk-status";
import type { Actor } from "../../lib/domain/permissions";

export type BulkStatusRun = { count: number; oursMs: number[]; rawMs: number[] };

/**
 * Row 7: one bulk status change of `count` commitments through the data layer (all or nothing, one history entry
 * each), beside the same change written as raw SQL in one transaction: one UPDATE of the rows and one INSERT … SELECT
 * of their history entries. Commitments are added first when the database has fewer (the quick run's seed has 41).
 */
export async function measureBulkStatus(databaseUrl: string, actor: Actor, count: number, rounds: number): Promise<BulkStatusRun> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO commitment (id, key, declaration_id, pillar_id, position, title, description,
        source_text, source_section, type, updated_at)
      SELECT 'bench-bulk-' || n, 'bench-bulk-' || n, c.declaration_id, c.pillar_id, 1000000 + n, c.title, c.description,
        c.source_text, c.source_section, c.type, now()
      FROM (SELECT * FROM commitment ORDER BY position LIMIT 1) c,
        generate_series(1, greatest(0, $1 - (SELECT count(*) FROM commitment WHERE archived_at IS NULL))::int) n`, [count]);
    const ids = (await db().commitment.findMany({ where: { archivedAt: null }, orderBy: { position: "asc" }, take: count,
      select: { id: true } })).map((row) => row.id);
    const oursMs: number[] = [];
    const rawMs: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      let started = performance.now();
      await client.query("BEGIN");
      await client.query(`UPDATE commitment SET status = 'IN_PROGRESS', version = version + 1, status_changed_at = now(),
        last_update_at = now(), updated_at = now() WHERE id = ANY($1)`, [ids]);
      await client.query(`INSERT INTO progress_update (id, commitment_id, author_id, source, visibility, version,
          new_status, status_reason, evidence_urls)
        SELECT 'bench-' || md5(random()::text || id), id, $2, 'STAFF', 'PUBLIC', version, 'IN_PROGRESS', 'Bench', '{}'
        FROM commitment WHERE id = ANY($1)`, [ids, actor.id]);
      await client.query("COMMIT");
      rawMs.push(performance.now() - started);

      const seen = await db().commitment.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
      started = performance.now();
      const result = await bulkSetStatus(actor, {
        selected: seen.map((row) => ({ commitmentId: row.id, expectedVersion: row.version })),
        status: "AT_RISK", statusReason: "Bench", evidenceUrl: "", noEvidence: false,
      });
      oursMs.push(performance.now() - started);
      if (result.kind !== "saved") throw new Error(`the bulk change of ${count} commitments was refused`);
    }
    return { count: ids.length, oursMs, rawMs };
  } finally {
    await client.end();
  }
}
