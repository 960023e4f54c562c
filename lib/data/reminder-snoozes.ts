import "server-only";
import { db } from "../db/client";
import { messages } from "../messages/en";
import { toDbDate, type CalendarDate } from "../domain/calendar-date";
import { formatPreciseDate } from "../domain/date-precision";
import { canWriteCommitment, type Actor } from "../domain/permissions";
import { snoozeUntilProblem } from "../domain/reminder-windows";
import type { TReminderSnooze } from "../validation/reminders";

export type SnoozeResult =
  | { kind: "saved"; until: CalendarDate }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "forbidden" }
  | { kind: "not-found" };

/**
 * Sets a reminder aside until a day, with a reason, as an internal entry of the commitment's history. Snoozing is a
 * write to the commitment like an update, so it takes the same scope check and raises the version; it leaves
 * `lastUpdateAt` alone, because a snooze is not news about the commitment (the quiet reminder is snoozed explicitly).
 */
export async function snoozeReminder(actor: Actor, input: TReminderSnooze, today: CalendarDate): Promise<SnoozeResult> {
  const commitment = await db().commitment.findUnique({
    where: { id: input.commitmentId },
    select: { id: true, pillarId: true, archivedAt: true, countries: { select: { countryCode: true } },
      deadlines: { where: { kind: { not: "REFERENCE" } }, select: { id: true, label: true } } },
  });
  if (!commitment || commitment.archivedAt) return { kind: "not-found" };
  if (!canWriteCommitment(actor, { pillarId: commitment.pillarId,
    countryCodes: commitment.countries.map((country) => country.countryCode) })) return { kind: "forbidden" };

  const deadline = input.deadlineId ? commitment.deadlines.find((item) => item.id === input.deadlineId) : undefined;
  const fieldErrors: Record<string, string[]> = {};
  if (input.deadlineId && !deadline) fieldErrors.deadlineId = [messages.progress.deadlineNotHere];
  const untilProblem = snoozeUntilProblem(input.until, today);
  if (untilProblem) fieldErrors.until = [untilProblem];
  if (Object.keys(fieldErrors).length > 0) return { kind: "invalid", fieldErrors };

  const what = deadline ? `The reminder of “${deadline.label}”` : "The “no update” reminder";
  const note = `${what} is snoozed until ${formatPreciseDate({ date: input.until, precision: "DAY" })}: ${input.reason}`;
  await db().$transaction(async (tx) => {
    // Raised without comparing: a snooze changes nothing an update form shows, so it has no version to conflict on.
    const { version } = await tx.commitment.update({
      where: { id: commitment.id },
      data: { version: { increment: 1 } },
      select: { version: true },
    });
    const entry = await tx.progressUpdate.create({
      data: { commitmentId: commitment.id, authorId: actor.id, source: "STAFF", visibility: "INTERNAL", version, note,
        evidenceUrls: [] },
      select: { id: true },
    });
    await tx.reminderSnooze.create({
      data: { commitmentId: commitment.id, deadlineId: deadline?.id ?? null, until: toDbDate(input.until),
        reason: input.reason, userId: actor.id, updateId: entry.id },
    });
  });
  return { kind: "saved", until: input.until };
}
