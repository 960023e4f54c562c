import "server-only";
import { db } from "../db/client";
import { fromDbDate, toDbDate, type CalendarDate } from "../domain/calendar-date";
import { withDeadlineHistory } from "../domain/deadline-moves";
import type { Actor } from "../domain/permissions";
import { reminderDueRange } from "../domain/reminder-windows";
import { DEADLINE_HISTORY } from "./deadline-history";
import { dueReminderWhere, reminderCommitmentWhere } from "./reminder-query";
import { actorScope } from "./users";

/** Every staff member who can sign in, with their scope as of now. */
export async function listDigestRecipients() {
  const users = await db().user.findMany({
    where: { disabledAt: null },
    orderBy: { email: "asc" },
    select: { id: true, email: true, displayName: true, role: true, scopeAll: true, locale: true,
      scopes: { select: { countryCode: true, pillarId: true } } },
  });
  return users.map(({ scopes, scopeAll, ...user }) => ({ ...user, scope: actorScope(scopes, scopeAll) }));
}

/** The deadlines of an e-mail digest: overdue or due within 30 days, in the actor's scope, not snoozed. */
export async function listDigestDeadlines(actor: Actor, today: CalendarDate) {
  const commitments = reminderCommitmentWhere(actor, { scope: "mine", filters: {} }, today);
  const rows = await db().deadline.findMany({
    where: dueReminderWhere(commitments, { from: null, to: reminderDueRange("due30", today).to }, today),
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    select: { id: true, label: true, date: true, precision: true, ...DEADLINE_HISTORY,
      commitment: { select: { key: true, title: true, status: true,
        translations: { select: { locale: true, title: true } } } } },
  });
  return rows.map(withDeadlineHistory);
}

/**
 * Records that these deadlines go into the user's e-mail of `day`, and answers those that were not recorded before.
 * One INSERT … ON CONFLICT DO NOTHING RETURNING: of two runs at once, on one instance or two, each deadline is
 * returned to exactly one of them.
 */
export async function claimDigestDeadlines(userId: string, deadlineIds: string[], day: CalendarDate): Promise<string[]> {
  const claimed = await db().reminderDelivery.createManyAndReturn({
    data: deadlineIds.map((deadlineId) => ({ userId, deadlineId, day: toDbDate(day) })),
    skipDuplicates: true,
    select: { deadlineId: true },
  });
  return claimed.map((row) => row.deadlineId);
}

/** Gives claimed deadlines back when their e-mail could not be handed to the mail server, so a later run sends them. */
export async function releaseDigestDeadlines(userId: string, deadlineIds: string[], day: CalendarDate): Promise<void> {
  await db().reminderDelivery.deleteMany({ where: { userId, deadlineId: { in: deadlineIds }, day: toDbDate(day) } });
}
