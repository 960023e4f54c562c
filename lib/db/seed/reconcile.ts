import { isDeepStrictEqual } from "node:util";
import { fromDbDate } from "../../domain/calendar-date";
import type { Prisma } from "../../generated/prisma/client";
import { seedCommitmentFields, seedCountryRows, seedDeadlineRow } from "./seed-rows";
import type { SeedCommitment, SeedDeclaration } from "./types";

/**
 * Brings the shipped commitments that nobody but the seed ever wrote to the seed as it is now, so that a database
 * seeded by an earlier release gets the corrections of a later one (issue 14). "Nobody but the seed" is told by the
 * history: every write of staff or of a CSV import appends an entry of its own source, so a commitment whose history
 * holds only SEED entries is exactly as a seed left it. Anything else is staff's and is never touched.
 * Each correction appends one public SEED entry naming what changed (and the status it moved from), and raises the
 * version like any write. Returns how many commitments were corrected.
 */
export async function reconcileUntouched(
  tx: Prisma.TransactionClient,
  data: SeedDeclaration,
  pillarIds: Map<string, string>,
  existing: Map<string, string>,
): Promise<number> {
  let corrected = 0;
  let position = 0;
  for (const top of data.commitments) {
    const parentId = existing.get(top.key) ?? null;
    for (const [item, parentKey] of [[top, null], ...(top.children ?? []).map((child) => [child, top.key] as const)] as const) {
      position += 1;
      const id = existing.get(item.key);
      if (id === undefined) continue;
      const wanted = { ...wantedFacts(item, pillarIds), parentId: parentKey === null ? null : parentId };
      if (await correctIfUntouched(tx, id, item, wanted, position)) corrected += 1;
    }
  }
  return corrected;
}

function wantedFacts(item: SeedCommitment, pillarIds: Map<string, string>) {
  const pillarId = item.pillar === null ? null : pillarIds.get(item.pillar);
  if (pillarId === undefined) throw new Error(`Seed commitment ${item.key} names an unknown pillar "${item.pillar}"`);
  return {
    ...seedCommitmentFields(item),
    pillarId,
    countries: seedCountryRows(item).map((row) => `${row.role}:${row.countryCode}`).sort(),
    deadlines: (item.deadlines ?? []).map(seedDeadlineRow).map(comparableDeadline).sort(byKey),
    targets: (item.targets ?? []).map(comparableTarget).sort(byKey),
  };
}

const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);

function comparableDeadline(row: { key: string; kind: string; label: string; date: Date; precision: string;
  sourceText: string | null; inferred: boolean; inferenceNote: string | null }) {
  return { key: row.key, kind: row.kind, label: row.label, date: fromDbDate(row.date), precision: row.precision,
    sourceText: row.sourceText, inferred: row.inferred, inferenceNote: row.inferenceNote };
}

function comparableTarget(row: { key: string; kind: string; label: string; qualifier: string; value: number | null |
  { toString(): string }; unit: string; asWritten: string | null; sourceText: string | null }) {
  return { key: row.key, kind: row.kind, label: row.label, qualifier: row.qualifier,
    value: row.value === null ? null : Number(row.value.toString()), unit: row.unit, asWritten: row.asWritten,
    sourceText: row.sourceText };
}

async function correctIfUntouched(tx: Prisma.TransactionClient, id: string, item: SeedCommitment,
  wanted: ReturnType<typeof wantedFacts> & { parentId: string | null }, position: number): Promise<boolean> {
  const row = await tx.commitment.findUniqueOrThrow({
    where: { id },
    select: {
      version: true, title: true, description: true, sourceText: true, sourceSection: true, type: true,
      collectiveActor: true, pillarNote: true, isGroup: true, status: true, pillarId: true, parentId: true, position: true,
      countries: { select: { countryCode: true, role: true } },
      deadlines: { select: { id: true, key: true, kind: true, label: true, date: true, precision: true, sourceText: true,
        inferred: true, inferenceNote: true } },
      targets: { select: { id: true, key: true, kind: true, label: true, qualifier: true, value: true, unit: true,
        asWritten: true, sourceText: true } },
      updates: { where: { source: { not: "SEED" } }, take: 1, select: { id: true } },
    },
  });
  if (row.updates.length > 0) return false;
  if (row.position !== position) await tx.commitment.update({ where: { id }, data: { position } });
  const current = {
    title: row.title, description: row.description, sourceText: row.sourceText, sourceSection: row.sourceSection,
    type: row.type, collectiveActor: row.collectiveActor, pillarNote: row.pillarNote, isGroup: row.isGroup,
    status: row.status, pillarId: row.pillarId, parentId: row.parentId,
    countries: row.countries.map((c) => `${c.role}:${c.countryCode}`).sort(),
    deadlines: row.deadlines.map(comparableDeadline).sort(byKey),
    targets: row.targets.map(comparableTarget).sort(byKey),
  };
  const changed = (Object.keys(wanted) as (keyof typeof wanted)[])
    .filter((field) => !isDeepStrictEqual(current[field], wanted[field]));
  if (changed.length === 0) return false;

  const now = new Date();
  const version = row.version + 1;
  await tx.commitment.update({
    where: { id },
    data: {
      ...seedCommitmentFields(item), pillarId: wanted.pillarId, parentId: wanted.parentId, version, lastUpdateAt: now,
      ...(row.status !== item.status ? { statusChangedAt: now } : {}),
    },
  });
  await tx.commitmentCountry.deleteMany({ where: { commitmentId: id } });
  await tx.commitmentCountry.createMany({ data: seedCountryRows(item).map((country) => ({ ...country, commitmentId: id })) });
  await replaceDeadlines(tx, id, item, row.deadlines);
  await replaceTargets(tx, id, item, row.targets);
  await tx.progressUpdate.create({
    data: {
      commitmentId: id, source: "SEED", visibility: "PUBLIC", createdAt: now, version,
      ...(row.status !== item.status ? { oldStatus: row.status, newStatus: item.status } : {}),
      statusReason: item.statusReason,
      note: `Corrected to say what the source says, no more (${changed.join(", ")}).`,
      evidenceUrls: [],
    },
  });
  return true;
}

/** A seed deadline that changed date is replaced rather than moved: it was never moved, it was transcribed wrong. */
async function replaceDeadlines(tx: Prisma.TransactionClient, id: string, item: SeedCommitment,
  stored: { id: string; key: string; date: Date; precision: string }[]) {
  const wanted = new Map((item.deadlines ?? []).map((deadline) => [deadline.key, seedDeadlineRow(deadline)]));
  for (const deadline of stored) {
    const next = wanted.get(deadline.key);
    if (next && next.date.getTime() === deadline.date.getTime() && next.precision === deadline.precision) {
      await tx.deadline.update({ where: { id: deadline.id }, data: next });
      wanted.delete(deadline.key);
    } else {
      await tx.deadline.delete({ where: { id: deadline.id } });
    }
  }
  if (wanted.size > 0) await tx.deadline.createMany({ data: [...wanted.values()].map((row) => ({ ...row, commitmentId: id })) });
}

async function replaceTargets(tx: Prisma.TransactionClient, id: string, item: SeedCommitment,
  stored: { id: string; key: string }[]) {
  const wanted = new Map((item.targets ?? []).map((target) => [target.key, target]));
  for (const target of stored) {
    const next = wanted.get(target.key);
    if (next) {
      await tx.target.update({ where: { id: target.id }, data: next });
      wanted.delete(target.key);
    } else {
      await tx.target.delete({ where: { id: target.id } });
    }
  }
  if (wanted.size > 0) await tx.target.createMany({ data: [...wanted.values()].map((row) => ({ ...row, commitmentId: id })) });
}
