import "server-only";
import { db } from "../db/client";
import { messages, type Catalogue } from "../messages/en";
import { VersionConflict } from "./version-conflict";
import { fromDbDate, toDbDate } from "../domain/calendar-date";
import { periodEnd } from "../domain/date-precision";
import { earlyDeadlineErrors } from "../domain/early-deadline";
import type { Locale } from "../domain/localized-text";
import { canWriteCommitment, type Actor } from "../domain/permissions";
import type { SavedMeanwhile } from "../domain/conflict-message";
import { updateRuleErrors } from "../domain/update-rules";
import { Prisma } from "../generated/prisma/client";
import type { TProgressUpdate } from "../validation/progress-update";

export type LogUpdateResult =
  | { kind: "saved"; version: number; updateId: string }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "conflict"; currentVersion: number; changesSince: SavedMeanwhile[] }
  | { kind: "forbidden" }
  | { kind: "not-found" };



/**
 * Records one progress update against the version of the commitment the author saw. The commitment row's version
 * is compared and raised in the same statement, so of two updates made on one version exactly one is saved; the
 * other gets a conflict that lists what was saved in between, and nothing it typed is written or lost.
 */
export async function logProgressUpdate(actor: Actor, input: TProgressUpdate,
  t: Pick<Catalogue, "earlyDeadline"> = messages, locale: Locale = "en"): Promise<LogUpdateResult> {
  const commitment = await db().commitment.findUnique({
    where: { id: input.commitmentId },
    select: {
      id: true, status: true, version: true, pillarId: true, archivedAt: true,
      countries: { select: { countryCode: true } },
      deadlines: { select: { id: true, date: true, precision: true, kind: true } },
      declaration: { select: { meetingDate: true } },
      // A context figure is a fact of the source, not a target: nothing is logged toward it.
      targets: { where: { kind: { not: "CONTEXT" } }, select: { id: true } },
    },
  });
  if (!commitment || commitment.archivedAt) return { kind: "not-found" };
  const scopeFacts = { pillarId: commitment.pillarId, countryCodes: commitment.countries.map((c) => c.countryCode) };
  if (!canWriteCommitment(actor, scopeFacts)) return { kind: "forbidden" };

  const fieldErrors: Record<string, string[]> = {};
  const deadlineChanges = input.deadlines.flatMap((edit) => {
    const current = commitment.deadlines.find((deadline) => deadline.id === edit.deadlineId);
    if (!current) {
      fieldErrors[`deadline.${edit.deadlineId}.value`] = [messages.progress.deadlineNotHere];
      return [];
    }
    const unchanged = fromDbDate(current.date) === edit.date && current.precision === edit.precision;
    return unchanged ? [] : [{ current, edit }];
  });
  if (input.correctsId && !(await db().progressUpdate.count({ where: { id: input.correctsId, commitmentId: commitment.id } }))) {
    fieldErrors.correctsId = [messages.progress.correctsNotHere];
  }
  if (input.targetId && !commitment.targets.some((target) => target.id === input.targetId)) {
    fieldErrors.valueReached = [messages.progress.targetNotHere];
  }
  Object.assign(fieldErrors, earlyDeadlineErrors(
    deadlineChanges.map(({ current, edit }) => ({ deadlineId: current.id, kind: current.kind, date: edit.date,
      precision: edit.precision })),
    fromDbDate(commitment.declaration.meetingDate),
    input.confirmEarlyDeadlines,
    t.earlyDeadline,
    locale,
  ));
  Object.assign(fieldErrors, updateRuleErrors({
    fromStatus: commitment.status,
    toStatus: input.status,
    statusReason: input.statusReason,
    note: input.note,
    evidenceCount: input.evidenceUrls.length,
    noEvidence: input.noEvidence,
    deadlineChanges: deadlineChanges.length,
    valueReached: input.valueReached !== undefined && input.targetId !== undefined,
    corrects: input.correctsId !== undefined,
  }));
  if (Object.keys(fieldErrors).length > 0) return { kind: "invalid", fieldErrors };

  const statusChanges = input.status !== commitment.status;
  const now = new Date();
  try {
    return await db().$transaction(async (tx) => {
      const claimed = await tx.commitment.updateMany({
        where: { id: commitment.id, version: input.expectedVersion },
        data: {
          version: { increment: 1 },
          lastUpdateAt: now,
          ...(statusChanges ? { status: input.status, statusChangedAt: now } : {}),
        },
      });
      if (claimed.count === 0) throw new VersionConflict();
      const version = input.expectedVersion + 1;
      const update = await tx.progressUpdate.create({
        data: {
          commitmentId: commitment.id,
          authorId: actor.id,
          source: "STAFF",
          visibility: input.visibility,
          createdAt: now,
          version,
          oldStatus: statusChanges ? commitment.status : null,
          newStatus: statusChanges ? input.status : null,
          statusReason: statusChanges ? input.statusReason : null,
          note: input.note === "" ? null : input.note,
          noteLang: input.noteLang,
          evidenceUrls: input.evidenceUrls,
          correctsId: input.correctsId ?? null,
          targetId: input.valueReached !== undefined ? (input.targetId ?? null) : null,
          valueReached: input.valueReached !== undefined ? new Prisma.Decimal(input.valueReached) : null,
          deadlineChanges: {
            create: deadlineChanges.map(({ current, edit }) => ({
              deadlineId: current.id,
              oldDate: current.date,
              oldPrecision: current.precision,
              newDate: toDbDate(edit.date),
              newPrecision: edit.precision,
            })),
          },
        },
        select: { id: true },
      });
      for (const { current, edit } of deadlineChanges) {
        await tx.deadline.update({
          where: { id: current.id },
          data: {
            date: toDbDate(edit.date),
            precision: edit.precision,
            dueOn: toDbDate(periodEnd(edit.date, edit.precision)),
          },
        });
      }
      // The latest logged figure is shown to the public, so only a public entry may move it; an internal figure
      // stays in the staff history.
      if (input.valueReached !== undefined && input.targetId && input.visibility === "PUBLIC") {
        await tx.target.update({
          where: { id: input.targetId },
          data: { currentValue: new Prisma.Decimal(input.valueReached), currentValueAt: now },
        });
      }
      return { kind: "saved" as const, version, updateId: update.id };
    });
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    return conflictSince(commitment.id, input.expectedVersion);
  }
}

async function conflictSince(commitmentId: string, seenVersion: number): Promise<LogUpdateResult> {
  const [current, updates] = await Promise.all([
    db().commitment.findUniqueOrThrow({ where: { id: commitmentId }, select: { version: true } }),
    db().progressUpdate.findMany({
      where: { commitmentId, version: { gt: seenVersion } },
      orderBy: { version: "asc" },
      select: {
        createdAt: true, oldStatus: true, newStatus: true, note: true,
        author: { select: { displayName: true } },
        _count: { select: { deadlineChanges: true } },
      },
    }),
  ]);
  return {
    kind: "conflict",
    currentVersion: current.version,
    changesSince: updates.map((update) => ({
      createdAt: update.createdAt,
      author: update.author?.displayName ?? null,
      oldStatus: update.oldStatus,
      newStatus: update.newStatus,
      note: update.note,
      deadlineChanges: update._count.deadlineChanges,
    })),
  };
}
