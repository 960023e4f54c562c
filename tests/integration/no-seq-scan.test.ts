import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAdminCommitment, listAdminCommitments } from "@/lib/data/admin-commitments";
import { listMyRecentUpdates } from "@/lib/data/dashboard";
import { listPublicStatusHistory } from "@/lib/data/public-status-history";
import { countOverdueReminders, listDeadlineReminders, listQuietReminders } from "@/lib/data/reminders";
import {
  getPublicCommitment, listDeadlineWatch, listPublicCommitments, listPublicUpdates, summarisePublicCommitments,
} from "@/lib/data/public-commitments";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { loadSyntheticData } from "../bench/synthetic-data";
import { useTestDatabase } from "../support/test-database";

/**
 * With 1,000 commitments and 50,000 updates in the database, every query behind a page is EXPLAINed: none may read
 * the whole progress_update table. The queries are the ones Prisma really sends, caught from its query log.
 */
const database = useTestDatabase();
const queries: { sql: string; params: unknown[] }[] = [];
let logging: PrismaClient;

beforeAll(async () => {
  await loadSyntheticData(database.url, "medium");
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: 2 }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (event) => queries.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
  logging = client;
  // The data layer's single client (lib/db/client.ts) is this logging one for the test.
  (globalThis as unknown as { pledgeboardPrisma?: PrismaClient }).pledgeboardPrisma = logging;
}, 120_000);

afterAll(async () => {
  await logging.$disconnect();
});

describe("no page reads the whole updates table", () => {
  it("EXPLAINs every query of the public pages, the staff list, a commitment and the dashboard", async () => {
    const today = "2026-11-28";
    const filters = { sort: "source" as const, page: 1 };
    const editor = await database.prisma.user.findFirstOrThrow({ where: { email: { startsWith: "bench-editor-" } } });
    const actor = { id: editor.id, role: "EDITOR" as const, scope: { countryCodes: ["CR"], pillarIds: [] } };
    await listPublicCommitments(filters, today);
    await summarisePublicCommitments({ ...filters, country: "CR" }, today);
    await listDeadlineWatch(today);
    await listPublicUpdates({}, 1);
    await listPublicUpdates({}, 20);
    await listPublicUpdates({ commitmentKey: "bench-commitment-17" }, 1);
    await listPublicUpdates({ countryCode: "CR" }, 1);
    await getPublicCommitment("bench-commitment-17");
    await listAdminCommitments({ ...filters, status: "IN_PROGRESS", country: "CR" }, today);
    await listAdminCommitments({ ...filters, q: "commitment 99", sort: "updated" }, today);
    await getAdminCommitment("bench-commitment-17");
    await listQuietReminders(actor, { scope: "mine", filters: {} }, today, new Date("2026-08-31T04:00:00Z"));
    await listDeadlineReminders(actor, { scope: "all", filters: { country: "CR" } }, today);
    await countOverdueReminders(actor, today);
    await listMyRecentUpdates(editor.id);
    await listPublicStatusHistory(today, "America/New_York");

    const touching = queries.filter((query) => /"progress_update"/.test(query.sql));
    expect(touching.length).toBeGreaterThan(5);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const offenders: string[] = [];
      for (const query of touching) {
        const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${query.sql}`, query.params);
        const text = plan.rows.map((row) => row["QUERY PLAN"]).join("\n");
        if (/Seq Scan on (public\.)?"?progress_update"?/.test(text)) offenders.push(`${query.sql}\n${text}`);
      }
      expect(offenders).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
