import "server-only";
import { toDbDate, type CalendarDate } from "../domain/calendar-date";
import type { Actor } from "../domain/permissions";
import type { Prisma } from "../generated/prisma/client";
import type { TCommitmentFilters } from "../validation/commitment-filters";
import { commitmentWhere } from "./commitment-query";
import { scopeWhere } from "./dashboard";

/** Which commitments a list of reminders covers: the actor's scope or all of them, narrowed by the list's filters. */
export type ReminderView = { scope: "mine" | "all"; filters: Partial<TCommitmentFilters> };

/** Reference dates are nobody's deadline; a completed or discontinued commitment has nothing left to miss. */
const DUE_KINDS: Prisma.EnumDeadlineKindFilter<"Deadline"> = { in: ["DEADLINE", "MILESTONE"] };
const OPEN: Prisma.CommitmentWhereInput = { archivedAt: null, status: { notIn: ["COMPLETED", "DISCONTINUED"] } };

export function reminderCommitmentWhere(actor: Actor, view: ReminderView, today: CalendarDate): Prisma.CommitmentWhereInput {
  return { AND: [OPEN, view.scope === "mine" ? scopeWhere(actor) : {}, commitmentWhere(view.filters, today)] };
}

/** A snooze holds until the day before `until`: on that day the reminder is back. */
function snoozedOn(today: CalendarDate) {
  return { until: { gt: toDbDate(today) } };
}

/** Deadlines of those commitments due between `due.from` and `due.to` (inclusive; no start for overdue), not snoozed. */
export function dueReminderWhere(
  commitments: Prisma.CommitmentWhereInput,
  due: { from: CalendarDate | null; to: CalendarDate },
  today: CalendarDate,
): Prisma.DeadlineWhereInput {
  return {
    kind: DUE_KINDS,
    dueOn: { ...(due.from ? { gte: toDbDate(due.from) } : {}), lte: toDbDate(due.to) },
    commitment: commitments,
    snoozes: { none: snoozedOn(today) },
  };
}

/** Those commitments not updated since `before`, whose "no update" reminder is not snoozed. */
export function quietReminderWhere(
  commitments: Prisma.CommitmentWhereInput,
  before: Date,
  today: CalendarDate,
): Prisma.CommitmentWhereInput {
  return {
    AND: [
      commitments,
      { OR: [{ lastUpdateAt: null }, { lastUpdateAt: { lt: before } }] },
      { reminderSnoozes: { none: { deadlineId: null, ...snoozedOn(today) } } },
    ],
  };
}
