import "server-only";
import { db } from "../db/client";
import { VersionConflict } from "./version-conflict";
import { canManageCommitments, type Actor } from "../domain/permissions";
import type { Prisma } from "../generated/prisma/client";
import type { CountryRole } from "../generated/prisma/enums";
import { messages, type Catalogue } from "../messages/en";
import { quoteChecker } from "./source-documents";
import type { TCommitmentArchive, TCommitmentCreate, TCommitmentEdit } from "../validation/commitment";

export type CommitmentWriteResult =
  | { kind: "saved"; key: string; version: number }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "conflict" }
  | { kind: "forbidden" }
  | { kind: "not-found" };

type Fields = Omit<TCommitmentEdit, "commitmentId" | "expectedVersion">;
type Translation = { title: string | null; description: string | null };
const EDITABLE = ["title", "description", "sourceText", "sourceSection", "type", "collectiveActor"] as const;


/** Sub-commitments are one level deep: a parent must itself be top-level, and a commitment with children has none. */
async function resolveParent(parentKey: string, selfId: string | null): Promise<{ id: string | null } | { error: string }> {
  if (parentKey === "") return { id: null };
  const parent = await db().commitment.findUnique({ where: { key: parentKey }, select: { id: true, parentId: true } });
  if (!parent) return { error: messages.commitment.noParent };
  if (parent.parentId !== null) return { error: messages.commitment.parentNested };
  if (parent.id === selfId) return { error: messages.commitment.ownParent };
  if (selfId && (await db().commitment.count({ where: { parentId: selfId } })) > 0) {
    return { error: messages.commitment.hasChildren };
  }
  return { id: parent.id };
}

type CountryRow = { countryCode: string; role: CountryRole };

function countryRows(fields: Fields): CountryRow[] {
  return [
    ...(fields.leadCountry ? [{ countryCode: fields.leadCountry, role: "LEAD" as const }] : []),
    ...fields.partnerCountries.map((countryCode) => ({ countryCode, role: "PARTNER" as const })),
  ];
}

/**
 * The form shows one lead and the partners. What it cannot show is kept as it was unless the form names the country:
 * hosts, and the other leads of a joint announcement while the lead the form shows stays the lead.
 */
function editedCountryRows(fields: Fields, current: readonly CountryRow[]): CountryRow[] {
  const named = new Set([fields.leadCountry, ...fields.partnerCountries]);
  const sameLead = current.some((row) => row.role === "LEAD" && row.countryCode === fields.leadCountry);
  const kept = current.filter((row) => !named.has(row.countryCode) && (row.role === "HOST" || (row.role === "LEAD" && sameLead)));
  return [...countryRows(fields), ...kept];
}

/**
 * The Spanish fields as the translation row stores them, from what it holds now: an empty field is no translation,
 * an absent one leaves it as it is.
 */
function spanishOf(fields: Pick<Fields, "titleEs" | "descriptionEs">, current: Translation): Translation {
  const stored = (text: string | undefined, before: string | null) => (text === undefined ? before : text || null);
  return { title: stored(fields.titleEs, current.title), description: stored(fields.descriptionEs, current.description) };
}
const NO_TRANSLATION: Translation = { title: null, description: null };

export async function createCommitment(actor: Actor, input: TCommitmentCreate,
  t: Pick<Catalogue, "sources"> = messages): Promise<CommitmentWriteResult> {
  if (!canManageCommitments(actor)) return { kind: "forbidden" };
  if (await db().commitment.findUnique({ where: { key: input.key }, select: { id: true } })) {
    return { kind: "invalid", fieldErrors: { key: [messages.commitment.keyTaken] } };
  }
  const parent = await resolveParent(input.parentKey, null);
  if ("error" in parent) return { kind: "invalid", fieldErrors: { parentKey: [parent.error] } };
  const document = await db().declaration.findUnique({ where: { id: input.declarationId },
    select: { sourceMarkdown: true, frameworkId: true } });
  if (!document) return { kind: "invalid", fieldErrors: { declarationId: [messages.sources.unknownDocument] } };
  const quoteProblem = quoteChecker(document.sourceMarkdown, t)(input.sourceText);
  if (quoteProblem) return { kind: "invalid", fieldErrors: { sourceText: [quoteProblem] } };
  if (input.pillarId && (await db().pillar.count({ where: { id: input.pillarId, frameworkId: document.frameworkId } })) === 0) {
    return { kind: "invalid", fieldErrors: { pillarId: [messages.sources.pillarOfAnotherFramework] } };
  }
  const continues = input.continuesKey === "" ? null
    : await db().commitment.findUnique({ where: { key: input.continuesKey }, select: { id: true } });
  if (input.continuesKey !== "" && !continues) {
    return { kind: "invalid", fieldErrors: { continuesKey: [messages.sources.unknownCommitment] } };
  }
  const last = await db().commitment.aggregate({ where: { declarationId: input.declarationId }, _max: { position: true } });
  const now = new Date();
  const created = await db().commitment.create({
    data: {
      key: input.key,
      declarationId: input.declarationId,
      pillarId: input.pillarId || null,
      parentId: parent.id,
      continuesId: continues?.id ?? null,
      continuation: input.continuation || null,
      position: (last._max.position ?? 0) + 1,
      title: input.title,
      description: input.description,
      sourceText: input.sourceText,
      sourceSection: input.sourceSection,
      type: input.type,
      collectiveActor: input.collectiveActor || null,
      lastUpdateAt: now,
      countries: { create: countryRows(input) },
      ...(input.titleEs || input.descriptionEs
        ? { translations: { create: { locale: "es", ...spanishOf(input, NO_TRANSLATION), source: "STAFF" } } } : {}),
      updates: {
        create: { authorId: actor.id, source: "STAFF", visibility: "INTERNAL", version: 1, createdAt: now,
          newStatus: "NO_INFORMATION", statusReason: "Commitment added by an admin.", evidenceUrls: [] },
      },
    },
    select: { key: true, version: true },
  });
  return { kind: "saved", key: created.key, version: created.version };
}

/** Edits what a commitment is; every change is an internal history entry naming the fields, against the version seen. */
export async function editCommitment(actor: Actor, input: TCommitmentEdit): Promise<CommitmentWriteResult> {
  if (!canManageCommitments(actor)) return { kind: "forbidden" };
  const current = await db().commitment.findUnique({
    where: { id: input.commitmentId },
    select: { id: true, key: true, title: true, description: true, sourceText: true, sourceSection: true, type: true,
      collectiveActor: true, pillarId: true, parentId: true, countries: { select: { countryCode: true, role: true } },
      translations: { where: { locale: "es" }, select: { title: true, description: true } } },
  });
  if (!current) return { kind: "not-found" };
  const parent = await resolveParent(input.parentKey, current.id);
  if ("error" in parent) return { kind: "invalid", fieldErrors: { parentKey: [parent.error] } };

  const next = { ...input, collectiveActor: input.collectiveActor || null, pillarId: input.pillarId || null };
  const changed: string[] = EDITABLE.filter((field) => current[field] !== next[field]);
  if (current.pillarId !== next.pillarId) changed.push("pillar");
  if (current.parentId !== parent.id) changed.push("parent");
  const countriesBefore = current.countries.map((c) => `${c.role}:${c.countryCode}`).sort().join(",");
  const nextCountries = editedCountryRows(input, current.countries);
  const countriesAfter = nextCountries.map((c) => `${c.role}:${c.countryCode}`).sort().join(",");
  if (countriesBefore !== countriesAfter) changed.push("countries");
  const spanishBefore: Translation = current.translations[0] ?? NO_TRANSLATION;
  const spanish = spanishOf(input, spanishBefore);
  if (spanishBefore.title !== spanish.title) changed.push("Spanish title");
  if (spanishBefore.description !== spanish.description) changed.push("Spanish description");
  const translationChanged = changed.some((field) => field.startsWith("Spanish"));
  if (changed.length === 0) return { kind: "invalid", fieldErrors: { title: [messages.commitment.nothingChanged] } };

  const data: Prisma.CommitmentUpdateManyMutationInput = {
    title: input.title, description: input.description, sourceText: input.sourceText,
    sourceSection: input.sourceSection, type: input.type, collectiveActor: next.collectiveActor,
    version: { increment: 1 }, lastUpdateAt: new Date(),
  };
  try {
    return await db().$transaction(async (tx) => {
      const claimed = await tx.commitment.updateMany({ where: { id: current.id, version: input.expectedVersion }, data });
      if (claimed.count === 0) throw new VersionConflict();
      await tx.commitment.update({ where: { id: current.id }, data: { pillarId: next.pillarId, parentId: parent.id } });
      await tx.commitmentCountry.deleteMany({ where: { commitmentId: current.id } });
      await tx.commitmentCountry.createMany({ data: nextCountries.map((row) => ({ ...row, commitmentId: current.id })) });
      // Staff's translation replaces whatever was there, the seed's included, and is marked as staff's so the seed
      // never writes over it again; one staff emptied stays, empty, for the same reason (lib/db/seed/translations.ts).
      if (translationChanged) {
        await tx.commitmentTranslation.upsert({
          where: { commitmentId_locale: { commitmentId: current.id, locale: "es" } },
          create: { commitmentId: current.id, locale: "es", ...spanish, source: "STAFF" },
          update: { ...spanish, source: "STAFF" },
        });
      }
      const version = input.expectedVersion + 1;
      await tx.progressUpdate.create({
        data: { commitmentId: current.id, authorId: actor.id, source: "STAFF", visibility: "INTERNAL", version,
          note: `Edited by an admin: ${changed.join(", ")}.`, evidenceUrls: [] },
      });
      return { kind: "saved" as const, key: current.key, version };
    });
  } catch (error) {
    if (error instanceof VersionConflict) return { kind: "conflict" };
    throw error;
  }
}

/** Archiving takes a commitment off the public pages and keeps its history; it can be undone. */
export async function setCommitmentArchived(actor: Actor, input: TCommitmentArchive): Promise<CommitmentWriteResult> {
  if (!canManageCommitments(actor)) return { kind: "forbidden" };
  try {
    return await db().$transaction(async (tx) => {
      const now = new Date();
      const claimed = await tx.commitment.updateMany({
        where: { id: input.commitmentId, version: input.expectedVersion },
        data: { archivedAt: input.archive ? now : null, version: { increment: 1 }, lastUpdateAt: now },
      });
      if (claimed.count === 0) {
        const exists = await tx.commitment.count({ where: { id: input.commitmentId } });
        if (exists === 0) return { kind: "not-found" as const };
        throw new VersionConflict();
      }
      const version = input.expectedVersion + 1;
      await tx.progressUpdate.create({
        data: { commitmentId: input.commitmentId, authorId: actor.id, source: "STAFF", visibility: "INTERNAL", version,
          note: `${input.archive ? "Archived" : "Restored from the archive"}: ${input.reason}`, evidenceUrls: [] },
      });
      const row = await tx.commitment.findUniqueOrThrow({ where: { id: input.commitmentId }, select: { key: true } });
      return { kind: "saved" as const, key: row.key, version };
    });
  } catch (error) {
    if (error instanceof VersionConflict) return { kind: "conflict" };
    throw error;
  }
}
