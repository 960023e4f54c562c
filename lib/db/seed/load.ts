import { readFileSync } from "node:fs";
import path from "node:path";
import { withoutFrontMatter } from "../../domain/source-text";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { reconcileUntouched } from "./reconcile";
import { isoDate, seedCommitmentFields, seedCountryRows, seedDeadlineRow } from "./seed-rows";
import type { SeedCommitment, SeedDeclaration, SeedFramework } from "./types";

/** created: added; corrected: rewritten from a corrected seed (never touched by staff); kept: left as it was. */
export type SeedResult = { created: number; corrected: number; kept: number };

/**
 * Loads one declaration's checked-in data. Rows are matched on their stable keys and missing ones are created. A
 * commitment that exists is left exactly as staff left it; one that nobody but the seed ever wrote (its history holds
 * only seed entries) is brought to the seed as it is now, with a public history entry saying what was corrected
 * (reconcile.ts). Everything happens in one transaction, so a seed that is interrupted leaves all of it or none of it.
 */
export async function loadDeclaration(prisma: PrismaClient, data: SeedDeclaration): Promise<SeedResult> {
  return prisma.$transaction(
    async (tx) => {
      const publishedAt = new Date(data.publishedAt);
      const framework = await loadFramework(tx, data.framework);
      const document = sourceDocument(data);
      // A declaration seeded before these fields shipped gets them, and nothing else of it changes.
      if (document) await tx.declaration.updateMany({ where: { key: data.key, sourceMarkdown: "" }, data: document });
      const declaration = await tx.declaration.upsert({
        where: { key: data.key },
        update: {},
        create: {
          ...document,
          key: data.key,
          frameworkId: framework.id,
          meetingName: data.meetingName,
          meetingDate: isoDate(data.meetingDate),
          meetingPlace: data.meetingPlace,
          sourceTitle: data.sourceTitle,
          sourceUrl: data.sourceUrl,
          publishedAt,
        },
      });

      await tx.country.createMany({ data: data.countries, skipDuplicates: true });

      const existingPillars = await tx.pillar.findMany({ where: { frameworkId: framework.id } });
      const pillarIds = new Map(existingPillars.map((pillar) => [pillar.slug, pillar.id]));
      for (const pillar of data.pillars) {
        if (pillarIds.has(pillar.slug)) continue;
        const created = await tx.pillar.create({ data: { ...pillar, frameworkId: framework.id } });
        pillarIds.set(pillar.slug, created.id);
      }

      const existing = new Map(
        (
          await tx.commitment.findMany({ where: { declarationId: declaration.id }, select: { key: true, id: true } })
        ).map((row) => [row.key, row.id]),
      );
      const result: SeedResult = { created: 0, corrected: 0, kept: 0 };
      const seedNote = `Recorded from the source: ${data.sourceTitle}.`;
      const context = { tx, declarationId: declaration.id, pillarIds, publishedAt, seedNote, existing, result };
      let position = 0;
      for (const commitment of data.commitments) {
        const parentId = await createMissing(context, commitment, (position += 1), null);
        for (const child of commitment.children ?? []) {
          await createMissing(context, child, (position += 1), parentId);
        }
      }
      const corrected = await reconcileUntouched(tx, data, pillarIds, existing);
      result.corrected = corrected;
      result.kept -= corrected;
      return result;
    },
    { timeout: 60_000 },
  );
}

/**
 * The framework on its key, made when missing. Fields a database made before them lacks ("" or null) are filled;
 * whatever staff set is kept.
 */
async function loadFramework(tx: Prisma.TransactionClient, data: SeedFramework) {
  await tx.framework.updateMany({ where: { key: data.key, shortName: "" },
    data: { shortName: data.shortName, description: data.description } });
  await tx.framework.updateMany({ where: { key: data.key, startedOn: null },
    data: { startedOn: isoDate(data.startedOn), startedPlace: data.startedPlace, endorserCount: data.endorserCount } });
  return tx.framework.upsert({ where: { key: data.key }, update: {}, select: { id: true },
    create: { ...data, startedOn: isoDate(data.startedOn) } });
}

const SEED_FOLDER = path.resolve(import.meta.dirname, "../../../prisma/seed");

function sourceDocument({ document }: SeedDeclaration) {
  if (document === undefined) return null;
  const markdown = withoutFrontMatter(readFileSync(path.join(SEED_FOLDER, document.file), "utf8"));
  return { sourcePublisher: document.publisher, sourceMarkdown: markdown };
}

type SeedContext = {
  tx: Prisma.TransactionClient;
  declarationId: string;
  pillarIds: Map<string, string>;
  publishedAt: Date;
  seedNote: string;
  existing: Map<string, string>;
  result: SeedResult;
};

async function createMissing(
  context: SeedContext,
  item: SeedCommitment,
  position: number,
  parentId: string | null,
): Promise<string> {
  const { tx, result } = context;
  const existingId = context.existing.get(item.key);
  if (existingId !== undefined) {
    result.kept += 1;
    return existingId;
  }
  const pillarId = item.pillar === null ? null : context.pillarIds.get(item.pillar);
  if (pillarId === undefined) throw new Error(`Seed commitment ${item.key} names an unknown pillar "${item.pillar}"`);

  const created = await tx.commitment.create({
    data: {
      key: item.key,
      declarationId: context.declarationId,
      pillarId,
      parentId,
      position,
      ...seedCommitmentFields(item),
      statusChangedAt: context.publishedAt,
      lastUpdateAt: context.publishedAt,
      createdAt: context.publishedAt,
      countries: { create: seedCountryRows(item) },
      links: { create: (item.links ?? []).map((link, index) => ({ ...link, position: index + 1 })) },
      deadlines: { create: (item.deadlines ?? []).map(seedDeadlineRow) },
      targets: { create: item.targets ?? [] },
      updates: {
        create: {
          source: "SEED",
          visibility: "PUBLIC",
          createdAt: context.publishedAt,
          version: 1,
          newStatus: item.status,
          statusReason: item.statusReason,
          note: context.seedNote,
        },
      },
    },
    select: { id: true },
  });
  result.created += 1;
  return created.id;
}
