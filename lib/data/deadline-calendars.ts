import "server-only";
import { db } from "../db/client";
import { fromDbDate } from "../domain/calendar-date";
import { withDeadlineHistory } from "../domain/deadline-moves";
import type { Prisma } from "../generated/prisma/client";
import { findCalendarOwner } from "./calendar-tokens";
import { DEADLINE_HISTORY } from "./deadline-history";
import { scopeWhere } from "./dashboard";
import { frameworkFilterWhere, type FrameworkFilter } from "./framework-filter";
import { cachedPublicRead } from "./public-cache";

/** Every deadline and milestone (never a reference date) of the commitments given, archived ones left out. */
async function loadCalendarDeadlines(commitments: Prisma.CommitmentWhereInput) {
  const rows = await db().deadline.findMany({
    where: { kind: { in: ["DEADLINE", "MILESTONE"] }, commitment: { AND: [{ archivedAt: null }, commitments] } },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    select: { id: true, label: true, date: true, precision: true, dueOn: true, ...DEADLINE_HISTORY,
      commitment: { select: { key: true, title: true, status: true, updatedAt: true,
        translations: { select: { locale: true, title: true } } } } },
  });
  return rows.map((row) => ({ ...withDeadlineHistory(row), dueOn: fromDbDate(row.dueOn) }));
}

/** Every public deadline, for the public calendar. */
export const listPublicCalendarDeadlines = cachedPublicRead("listPublicCalendarDeadlines",
  (filter: FrameworkFilter = {}) => loadCalendarDeadlines(frameworkFilterWhere(filter)));

/**
 * The deadlines in the scope of a personal calendar secret's owner, with the owner's language; null for a secret that
 * opens nothing.
 */
export async function listPersonalCalendarDeadlines(token: string) {
  const owner = await findCalendarOwner(token);
  return owner ? { locale: owner.locale, deadlines: await loadCalendarDeadlines(scopeWhere(owner.actor)) } : null;
}
