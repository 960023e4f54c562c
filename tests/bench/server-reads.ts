import pg from "pg";
import { listAdminCommitments } from "../../lib/data/admin-commitments";
import { listDeadlineReminders, listQuietReminders } from "../../lib/data/reminders";
import type { CalendarDate } from "../../lib/domain/calendar-date";
import { quietBefore } from "../../lib/domain/reminder-windows";
import { median, percentile, timeRounds } from "./stats";

/** A staff page's data read through the data layer, and the same rows read with one hand-written SQL query. */
export type ServerRead = {
  name: string;
  ours: () => Promise<unknown>;
  sql: string;
  params: unknown[];
  /** What both reads found, in words; the two must say the same, or the baseline is not reading the same rows. */
  found: { ours: (result: unknown) => string; raw: (rows: Record<string, unknown>[]) => string };
};
export type ServerReadTimes = { name: string; found: string; agree: boolean; oursMs: number[]; rawMs: number[] };
type Listed = { total: number; rows: unknown[] };

const ADMIN = { id: "bench-reader", role: "ADMIN" as const, scope: { countryCodes: [], pillarIds: [] } };
const TIME_ZONE = "America/New_York";

/** Row 2's reads: the admin list with a status and a country filter, and the whole reminders view (all scopes). */
export function staffReads(today: CalendarDate): ServerRead[] {
  const filters = { status: "IN_PROGRESS" as const, country: "CR", sort: "source" as const, page: 1 };
  const before = quietBefore(today, 90, TIME_ZONE);
  const view = { scope: "all" as const, filters: {} };
  return [
    {
      name: "admin list (status + country filter)",
      ours: () => listAdminCommitments(filters, today),
      found: {
        ours: (result) => `${(result as Listed).rows.length} of ${(result as Listed).total} rows`,
        raw: (rows) => `${rows.length} of ${Number(rows[0]?.total ?? 0)} rows`,
      },
      sql: `SELECT c.id, c.key, c.title, c.status, c.version, c.archived_at, c.last_update_at, c.parent_id,
          (SELECT short_name FROM pillar p WHERE p.id = c.pillar_id) AS pillar,
          (SELECT json_agg(json_build_object('code', cc.country_code, 'role', cc.role)) FROM commitment_country cc
            WHERE cc.commitment_id = c.id) AS countries,
          (SELECT json_agg(json_build_object('kind', d.kind, 'date', d.date, 'precision', d.precision, 'label', d.label))
            FROM deadline d WHERE d.commitment_id = c.id AND d.kind <> 'REFERENCE') AS deadlines,
          count(*) OVER () AS total
        FROM commitment c
        WHERE c.status = 'IN_PROGRESS'
          AND EXISTS (SELECT 1 FROM commitment_country cc WHERE cc.commitment_id = c.id AND cc.country_code = 'CR')
        ORDER BY c.declaration_id, c.position, c.id LIMIT 50`,
      params: [],
    },
    {
      name: "reminders view (all commitments)",
      ours: () => Promise.all([listDeadlineReminders(ADMIN, view, today), listQuietReminders(ADMIN, view, today, before)]),
      found: {
        ours: (result) => {
          const [groups, quiet] = result as [Record<string, Listed>, Listed];
          return describeGroups([...Object.entries(groups), ["quiet", quiet]].map(([group, list]) =>
            [group as string, (list as Listed).total, (list as Listed).rows.length]));
        },
        raw: (rows) => {
          const groups = new Map<string, [number, number]>();
          for (const row of rows) {
            const [, listed] = groups.get(String(row.grp)) ?? [0, 0];
            groups.set(String(row.grp), [Number(row.total), listed + 1]);
          }
          return describeGroups(["overdue", "due30", "due60", "due90", "quiet"]
            .map((group) => [group, ...(groups.get(group) ?? [0, 0])] as [string, number, number]));
        },
      },
      // The groups' day ranges of lib/domain/reminder-windows.ts, each group counted whole and cut at 100 rows.
      sql: `WITH open_commitment AS (
          SELECT c.id, c.key, c.last_update_at FROM commitment c
          WHERE c.archived_at IS NULL AND c.status NOT IN ('COMPLETED', 'DISCONTINUED')
        ), listed AS (
          SELECT CASE WHEN d.due_on < $1::date THEN 'overdue' WHEN d.due_on <= $1::date + 30 THEN 'due30'
                   WHEN d.due_on <= $1::date + 60 THEN 'due60' ELSE 'due90' END AS grp,
            d.due_on::timestamptz AS first_key, d.id AS second_key, d.id AS deadline_id, o.id AS commitment_id
          FROM deadline d JOIN open_commitment o ON o.id = d.commitment_id
          WHERE d.kind IN ('DEADLINE', 'MILESTONE') AND d.due_on <= $1::date + 90
            AND NOT EXISTS (SELECT 1 FROM reminder_snooze s WHERE s.deadline_id = d.id AND s.until > $1::date)
          UNION ALL
          SELECT 'quiet', coalesce(o.last_update_at, '-infinity'), o.key, NULL, o.id
          FROM open_commitment o
          WHERE (o.last_update_at IS NULL OR o.last_update_at < $2)
            AND NOT EXISTS (SELECT 1 FROM reminder_snooze s WHERE s.commitment_id = o.id AND s.deadline_id IS NULL
              AND s.until > $1::date)
        ), ranked AS (
          SELECT listed.*, count(*) OVER (PARTITION BY grp) AS total,
            row_number() OVER (PARTITION BY grp ORDER BY first_key, second_key) AS place
          FROM listed
        )
        -- Rows are built only for the 100 of each group that are shown.
        SELECT r.grp, r.total, json_build_object('deadline', CASE WHEN d.id IS NULL THEN NULL ELSE
            json_build_object('id', d.id, 'label', d.label, 'date', d.date, 'precision', d.precision, 'due_on', d.due_on) END,
          'commitment', json_build_object('id', c.id, 'key', c.key, 'title', c.title, 'status', c.status,
            'pillar_id', c.pillar_id, 'last_update_at', c.last_update_at,
            'countries', ARRAY(SELECT cc.country_code FROM commitment_country cc WHERE cc.commitment_id = c.id))) AS item
        FROM ranked r JOIN commitment c ON c.id = r.commitment_id LEFT JOIN deadline d ON d.id = r.deadline_id
        WHERE r.place <= 100`,
      params: [today, before],
    },
  ];
}

function describeGroups(groups: [string, number, number][]): string {
  return groups.map(([group, total, listed]) => `${group} ${listed}/${total}`).join(", ");
}

/** Each read `rounds` times through the data layer and `rounds` times as raw SQL through `pg`, alternately. */
export async function timeServerReads(databaseUrl: string, reads: ServerRead[], rounds: number): Promise<ServerReadTimes[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const times: ServerReadTimes[] = [];
    for (const read of reads) {
      const found = read.found.ours(await read.ours());
      const agree = found === read.found.raw((await client.query(read.sql, read.params)).rows);
      // Alternated, round by round: on a shared machine a busy spell then slows both sides alike.
      const oursMs: number[] = [];
      const rawMs: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        oursMs.push(...await timeRounds(1, read.ours));
        rawMs.push(...await timeRounds(1, () => client.query(read.sql, read.params)));
      }
      times.push({ name: read.name, found, agree, oursMs, rawMs });
    }
    return times;
  } finally {
    await client.end();
  }
}

export const p50p99 = (values: number[]) => `${median(values).toFixed(1)}/${percentile(values, 0.99).toFixed(1)} ms`;
