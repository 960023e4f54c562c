import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { seedAll } from "@/lib/db/seed";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { laDeclaration2024 } from "@/prisma/seed/data";
import { landedMainSeed } from "../fixtures/landed-main-seed";
import { databaseBefore } from "../support/migration-database";

/**
 * Migration 20261203300000_framework_documents on a database as the landed main left it (every migration before it,
 * the declaration with its name, short name and description, its pillars, a commitment, an editor scoped to a pillar,
 * a staff entry): the framework is made of the declaration and takes its pillars, nothing staff wrote is lost, and
 * the next start's seed finds the framework by its key instead of making a second one.
 */
let client: pg.Client;
let prisma: PrismaClient;
let database: Awaited<ReturnType<typeof databaseBefore>>;

const rows = async (text: string) => (await client.query(text)).rows;

beforeAll(async () => {
  database = await databaseBefore("20261203300000_framework_documents");
  client = database.client;
  const seed = landedMainSeed;
  await client.query(`INSERT INTO declaration (id, key, name, short_name, description, meeting_name, meeting_date,
      source_title, source_url, published_at, source_publisher, source_markdown)
    VALUES ('d', $1, $2, 'Los Angeles Declaration', 'What the endorsing governments committed to.', $3, $4, $5, $6, $7,
      'The White House', 'On June 10, 2022, the text.')`,
  [seed.key, seed.name, seed.meetingName, seed.meetingDate, seed.sourceTitle, seed.sourceUrl, seed.publishedAt]);
  for (const pillar of seed.pillars) {
    await client.query(`INSERT INTO pillar (id, slug, declaration_id, position, name, short_name, description)
      VALUES ($1, $1, 'd', $2, $3, $4, $5)`, [pillar.slug, pillar.position, pillar.name, pillar.shortName, pillar.description]);
  }
  await client.query(`
    INSERT INTO commitment (id, key, declaration_id, pillar_id, position, title, description, source_text, source_section,
        type, updated_at, version)
      VALUES ('c', 'cr-safe-mobility-offices-extension', 'd', 'lawful-pathways', 1, 'Staff title', 'x', 'x', 'x', 'PROGRAM', now(), 2);
    INSERT INTO app_user (id, email, display_name, password_hash, role, updated_at)
      VALUES ('u', 'editor@example.org', 'Editor', 'x', 'EDITOR', now());
    INSERT INTO user_scope (id, user_id, pillar_id) VALUES ('s', 'u', 'lawful-pathways');
    INSERT INTO progress_update (id, commitment_id, author_id, source, visibility, version, note, evidence_urls)
      VALUES ('p', 'c', 'u', 'STAFF', 'INTERNAL', 2, 'Checked with the ministry.', '{}');`);
  await database.apply();
  await database.applyLater();
  prisma = createPrismaClient(database.url, { maxConnections: 2 });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database.drop();
});

describe("the framework migration on a database seeded by the landed main", () => {
  it("makes the framework of the declaration, with its name, short name and description moved to it", async () => {
    expect(await rows(`SELECT key, name, short_name, description FROM framework`)).toEqual([{
      key: laDeclaration2024.framework.key, name: landedMainSeed.name, short_name: "Los Angeles Declaration",
      description: "What the endorsing governments committed to." }]);
    expect(await rows(`SELECT key, source_title, source_publisher, source_markdown, meeting_place,
        framework_id = (SELECT id FROM framework) AS in_framework FROM declaration`)).toEqual([{ key: landedMainSeed.key,
      source_title: landedMainSeed.sourceTitle, source_publisher: "The White House",
      source_markdown: "On June 10, 2022, the text.", meeting_place: "", in_framework: true }]);
  });

  it("hands the pillars to the framework under the same ids, so scopes and commitments keep them", async () => {
    expect(await rows(`SELECT id, position FROM pillar WHERE framework_id = (SELECT id FROM framework) ORDER BY position`))
      .toEqual(landedMainSeed.pillars.map((pillar) => ({ id: pillar.slug, position: pillar.position })));
    expect(await rows(`SELECT pillar_id FROM user_scope`)).toEqual([{ pillar_id: "lawful-pathways" }]);
    expect(await rows(`SELECT title, pillar_id, version, continues_id FROM commitment`)).toEqual([{ title: "Staff title",
      pillar_id: "lawful-pathways", version: 2, continues_id: null }]);
    expect(await rows(`SELECT note, report_passage FROM progress_update`)).toEqual([{ note: "Checked with the ministry.",
      report_passage: null }]);
  });

  it("lets the next start's seed find the framework by its key, fill what it lacked, and keep what staff wrote", async () => {
    await seedAll(prisma);
    expect(await prisma.framework.findMany({ select: { key: true, shortName: true, startedPlace: true, endorserCount: true } }))
      .toEqual([{ key: laDeclaration2024.framework.key, shortName: "Los Angeles Declaration", startedPlace: "Los Angeles",
        endorserCount: 22 }]);
    expect(await prisma.pillar.count()).toBe(3);
    expect((await prisma.commitment.findUniqueOrThrow({ where: { key: "cr-safe-mobility-offices-extension" } })).title)
      .toBe("Staff title");
    expect(await prisma.declaration.count()).toBe(1);
  });

  it("refuses a chain link without its kind, and a commitment that continues itself", async () => {
    await expect(client.query(`UPDATE commitment SET continues_id = 'c', continuation = 'EXTENDS' WHERE id = 'c'`))
      .rejects.toThrow(/commitment_continuation_check/);
    await expect(client.query(`UPDATE commitment SET continuation = 'EXTENDS' WHERE id = 'c'`))
      .rejects.toThrow(/commitment_continuation_check/);
  });
});
