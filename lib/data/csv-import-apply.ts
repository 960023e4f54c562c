import "server-only";
import { db } from "../db/client";
import { toDbDate } from "../domain/calendar-date";
import type { CommitmentFacts } from "../domain/commitment-csv-facts";
import type { DeadlinePlan, RowPlan } from "../domain/csv-import-diff";
import { periodEnd } from "../domain/date-precision";
import { importEntries, type ImportIdentity } from "../domain/import-entry";
import { canManageCommitments, type Actor } from "../domain/permissions";
import { Prisma } from "../generated/prisma/client";
import type { CommitmentStatus } from "../generated/prisma/enums";
import { previewImport, type ImportPreview, type ImportRefusal, type UploadedCsv } from "./csv-import";
import { messages, type Catalogue } from "../messages/en";
import type { TImportUpload } from "../validation/import-upload";
import { VersionConflict } from "./version-conflict";

export type ImportApplied = { kind: "saved"; importId: string; created: number; changed: number; skipped: number };
export type ImportApplyResult = ImportApplied | ImportRefusal | { kind: "stale"; preview: ImportPreview };

type Transaction = Prisma.TransactionClient;
type Create = Extract<RowPlan, { kind: "create" }>;
type Change = Extract<RowPlan, { kind: "change" }>;

/** Generous: one transaction holds every write of a file of up to 5 MB, and it must not time out half-way. */
const TRANSACTION_TIMEOUT_MS = 300_000;

/**
 * The import form's one call: a preview (which writes nothing), or the write of the preview the admin confirmed; what
 * is wrong with the file is said in `t`'s language.
 */
export async function importUpload(actor: Actor, input: TImportUpload,
  t: Catalogue = messages): Promise<ImportApplyResult | ImportPreview> {
  const file = { name: input.file.name, bytes: new Uint8Array(await input.file.arrayBuffer()) };
  if (input.intent === "preview" || input.digest === undefined) return previewImport(file, t);
  return applyImport(actor, file, input.digest, t);
}

/**
 * Writes what the preview showed, all of it in one transaction or nothing. The file is planned again against the
 * database as it is now; when that plan's digest differs from the one the admin confirmed, nothing is written and the
 * new preview comes back. A version that moves between this check and a write rolls the whole import back too.
 */
export async function applyImport(actor: Actor, file: UploadedCsv, confirmedDigest: string,
  t: Catalogue = messages): Promise<ImportApplyResult> {
  if (!canManageCommitments(actor)) return { kind: "refused", message: messages.import.adminsOnly };
  const preview = await previewImport(file, t);
  if (preview.kind === "refused") return preview;
  if (preview.digest !== confirmedDigest) return { kind: "stale", preview };
  if (preview.plan.counts.error > 0) return { kind: "refused", message: messages.import.hasErrors };

  const identity: ImportIdentity = { fileName: file.name, importId: preview.digest.slice(0, 12), at: new Date() };
  const creates = preview.plan.rows.filter((row): row is Create => row.kind === "create")
    // A parent added by the same file is written before its sub-commitments.
    .sort((a, b) => Number(a.next.parentKey !== null) - Number(b.next.parentKey !== null));
  const changes = preview.plan.rows.filter((row): row is Change => row.kind === "change");
  try {
    await db().$transaction(async (tx) => {
      const writer = new ImportWriter(tx, actor, identity, preview);
      for (const row of creates) await writer.create(row);
      for (const row of changes) await writer.change(row);
    }, { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 });
  } catch (error) {
    const raced = error instanceof VersionConflict ||
      (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002");
    if (!raced) throw error;
    const fresh = await previewImport(file, t);
    return fresh.kind === "refused" ? fresh : { kind: "stale", preview: fresh };
  }
  return { kind: "saved", importId: identity.importId, created: creates.length, changed: changes.length,
    skipped: preview.plan.counts.conflict };
}

class ImportWriter {
  private readonly positions = new Map<string, number>();

  constructor(private readonly tx: Transaction, private readonly actor: Actor, private readonly identity: ImportIdentity,
    private readonly preview: ImportPreview) {}

  async create(row: Create): Promise<void> {
    const { next } = row;
    const declarationId = this.preview.references.declarations.get(next.declaration)!;
    const now = this.identity.at;
    const created = await this.tx.commitment.create({
      data: {
        key: next.key, declarationId, position: await this.nextPosition(declarationId), ...this.fields(next),
        parentId: this.parentId(next.parentKey), status: next.status, statusChangedAt: now, lastUpdateAt: now,
        version: 1, countries: { create: countryRows(next) },
      },
      select: { id: true },
    });
    this.preview.ids.set(next.key, { id: created.id, deadlines: new Map() });
    await this.recordEntries(created.id, 1, row, { from: null, to: next.status }, next.status !== "NO_INFORMATION");
  }

  async change(row: Change): Promise<void> {
    const { before, next } = row;
    const { id } = this.preview.ids.get(row.key)!;
    const statusChanged = before.status !== next.status;
    const claimed = await this.tx.commitment.updateMany({
      where: { id, version: row.version },
      data: {
        ...this.fields(next), parentId: this.parentId(next.parentKey), version: { increment: 1 }, lastUpdateAt: this.identity.at,
        ...(statusChanged ? { status: next.status, statusChangedAt: this.identity.at } : {}),
      },
    });
    if (claimed.count === 0) throw new VersionConflict();
    if (row.changes.some((change) => change.column === "countries" || change.column === "lead_country")) {
      await this.tx.commitmentCountry.deleteMany({ where: { commitmentId: id } });
      await this.tx.commitmentCountry.createMany({ data: countryRows(next).map((country) => ({ ...country, commitmentId: id })) });
    }
    await this.recordEntries(id, row.version + 1, row, { from: before.status, to: next.status }, statusChanged);
  }

  private fields(next: CommitmentFacts) {
    return {
      title: next.title, description: next.description, sourceText: next.sourceText, sourceSection: next.sourceSection,
      type: next.type, collectiveActor: next.collectiveActor,
      pillarId: next.pillar === null ? null : this.preview.references.pillars.get(next.pillar)!,
    };
  }

  /** Parents are in the database or were added earlier in this transaction (creates run parents first). */
  private parentId(parentKey: string | null): string | null {
    return parentKey === null ? null : this.preview.ids.get(parentKey)!.id;
  }

  private async nextPosition(declarationId: string): Promise<number> {
    if (!this.positions.has(declarationId)) {
      const last = await this.tx.commitment.aggregate({ where: { declarationId }, _max: { position: true } });
      this.positions.set(declarationId, last._max.position ?? 0);
    }
    const position = this.positions.get(declarationId)! + 1;
    this.positions.set(declarationId, position);
    return position;
  }

  /** The deadline the row moves or adds, then the history entries that record the row (lib/domain/import-entry.ts). */
  private async recordEntries(commitmentId: string, version: number, row: Create | Change,
    status: { from: CommitmentStatus | null; to: CommitmentStatus }, statusSet: boolean): Promise<void> {
    const deadlineChange = row.deadline ? await this.writeDeadline(commitmentId, row.key, row.deadline) : null;
    const entries = importEntries(this.identity, { created: row.kind === "create", changes: row.changes, statusSet,
      deadlineSet: deadlineChange !== null, reason: row.entry.reason, evidenceUrls: row.entry.evidenceUrls });
    for (const entry of entries) {
      await this.tx.progressUpdate.create({
        data: {
          commitmentId, authorId: this.actor.id, source: "IMPORT", visibility: entry.visibility,
          createdAt: this.identity.at, version,
          oldStatus: entry.recordsStatus ? status.from : null,
          newStatus: entry.recordsStatus ? status.to : null,
          statusReason: entry.statusReason,
          note: entry.note,
          evidenceUrls: entry.evidenceUrls,
          deadlineChanges: entry.recordsDeadline && deadlineChange ? { create: deadlineChange } : undefined,
        },
      });
    }
  }

  private async writeDeadline(commitmentId: string, commitmentKey: string, plan: DeadlinePlan) {
    const data = { date: toDbDate(plan.date), precision: plan.precision, dueOn: toDbDate(periodEnd(plan.date, plan.precision)) };
    const known = this.preview.ids.get(commitmentKey)!.deadlines.get(plan.key);
    const deadlineId = known
      ? (await this.tx.deadline.update({ where: { id: known }, data, select: { id: true } })).id
      : (await this.tx.deadline.create({ data: { ...data, commitmentId, key: plan.key, kind: plan.kind, label: plan.label },
        select: { id: true } })).id;
    return {
      deadlineId,
      oldDate: plan.old ? toDbDate(plan.old.date) : null,
      oldPrecision: plan.old?.precision ?? null,
      newDate: data.date,
      newPrecision: plan.precision,
    };
  }
}

function countryRows(next: CommitmentFacts) {
  return next.countries.map((countryCode) => ({
    countryCode, role: countryCode === next.leadCountry ? ("LEAD" as const) : ("PARTNER" as const),
  }));
}
