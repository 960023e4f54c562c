import "server-only";
import { db } from "../db/client";
import { fromDbDate, type CalendarDate } from "../domain/calendar-date";
import { withDeadlineHistory } from "../domain/deadline-moves";
import type { Actor } from "../domain/permissions";
import { REMINDER_GROUPS, reminderDueRange, type ReminderGroup } from "../domain/reminder-windows";
import type { Prisma } from "../generated/prisma/client";
import { DEADLINE_HISTORY } from "./deadline-history";
import { dueReminderWhere, quietReminderWhere, reminderCommitmentWhere, type ReminderView } from "./reminder-query";

const COMMITMENT_FACTS = {
  id: true, key: true, title: true, status: true, pillarId: true,
  countries: { select: { countryCode: true } },
} satisfies Prisma.CommitmentSelect;

const DEADLINE_ROW = {
  id: true, label: true, date: true, precision: true, dueOn: true, ...DEADLINE_HISTORY,
  commitment: { select: COMMITMENT_FACTS },
} satisfies Prisma.DeadlineSelect;

type CommitmentFacts = Prisma.CommitmentGetPayload<{ select: typeof COMMITMENT_FACTS }>;

function presentCommitment({ countries, ...commitment }: CommitmentFacts) {
  return { ...commitment, countryCodes: countries.map((country) => country.countryCode) };
}

function presentDeadline(row: Prisma.DeadlineGetPayload<{ select: typeof DEADLINE_ROW }>) {
  return { ...withDeadlineHistory(row), dueOn: fromDbDate(row.dueOn), commitment: presentCommitment(row.commitment) };
}
export type DeadlineReminder = ReturnType<typeof presentDeadline>;
export type ReminderList<Row> = { total: number; rows: Row[] };

/** The deadline groups of a view on `today`, each counted whole and listed up to `limit` rows, soonest due first. */
export async function listDeadlineReminders(actor: Actor, view: ReminderView, today: CalendarDate, limit = 100) {
  const commitments = reminderCommitmentWhere(actor, view, today);
  const lists = await Promise.all(REMINDER_GROUPS.map(async (group) => {
    const where = dueReminderWhere(commitments, reminderDueRange(group, today), today);
    const [total, rows] = await Promise.all([
      db().deadline.count({ where }),
      db().deadline.findMany({ where, orderBy: [{ dueOn: "asc" }, { id: "asc" }], take: limit, select: DEADLINE_ROW }),
    ]);
    return [group, { total, rows: rows.map(presentDeadline) }] as const;
  }));
  return Object.fromEntries(lists) as Record<ReminderGroup, ReminderList<DeadlineReminder>>;
}

/** Overdue deadlines in the actor's own scope, for the navigation and the dashboard. */
export async function countOverdueReminders(actor: Actor, today: CalendarDate): Promise<number> {
  const commitments = reminderCommitmentWhere(actor, { scope: "mine", filters: {} }, today);
  return db().deadline.count({ where: dueReminderWhere(commitments, reminderDueRange("overdue", today), today) });
}

/** Open commitments of a view with no update since `before`, the longest quiet first. */
export async function listQuietReminders(actor: Actor, view: ReminderView, today: CalendarDate, before: Date, limit = 100) {
  const where = quietReminderWhere(reminderCommitmentWhere(actor, view, today), before, today);
  const [total, rows] = await Promise.all([
    db().commitment.count({ where }),
    db().commitment.findMany({
      where,
      orderBy: [{ lastUpdateAt: { sort: "asc", nulls: "first" } }, { key: "asc" }],
      take: limit,
      select: { ...COMMITMENT_FACTS, lastUpdateAt: true },
    }),
  ]);
  return { total, rows: rows.map((row) => ({ ...presentCommitment(row), lastUpdateAt: row.lastUpdateAt })) };
}
export type QuietReminder = Awaited<ReturnType<typeof listQuietReminders>>["rows"][number];

