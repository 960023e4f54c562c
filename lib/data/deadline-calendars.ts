import "server-only";
import { db } from "../db/client";
import { fromDbDate } from "../domain/calendar-date";
import { deadlineEvent } from "../domain/deadline-event";
import { withDeadlineHistory } from "../domain/deadline-moves";
import { encodeICalendar, type AllDayEvent } from "../domain/icalendar";
import type { Prisma } from "../generated/prisma/client";
import { findCalendarOwner } from "./calendar-tokens";
import { DEADLINE_HISTORY } from "./deadline-history";
import { scopeWhere } from "./dashboard";
import { cachedPublicRead } from "./public-cache";

const REFRESH = "PT6H";

/** Every deadline and milestone (never a reference date) of the commitments given, archived ones left out. */
async function loadCalendarDeadlines(commitments: Prisma.CommitmentWhereInput) {
  const rows = await db().deadline.findMany({
    where: { kind: { in: ["DEADLINE", "MILESTONE"] }, commitment: { AND: [{ archivedAt: null }, commitments] } },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    select: { id: true, label: true, date: true, precision: true, dueOn: true, ...DEADLINE_HISTORY,
      commitment: { select: { key: true, title: true, status: true, updatedAt: true } } },
  });
  return rows.map((row) => ({ ...withDeadlineHistory(row), dueOn: fromDbDate(row.dueOn) }));
}

const listPublicCalendarDeadlines = cachedPublicRead("listPublicCalendarDeadlines", () => loadCalendarDeadlines({}));

function calendarResponse(name: string, description: string, events: AllDayEvent[], privateFeed: boolean): Response {
  return new Response(encodeICalendar({ name, description, refreshInterval: REFRESH, events }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": privateFeed ? "private, no-cache" : "no-cache",
      ...(privateFeed ? { "X-Robots-Tag": "noindex" } : {}),
    },
  });
}

export async function publicCalendarResponse(origin: string): Promise<Response> {
  const deadlines = await listPublicCalendarDeadlines();
  return calendarResponse(
    "Los Angeles Declaration: deadlines",
    "Every public deadline of the Los Angeles Declaration commitments, on the day it falls due.",
    deadlines.map((deadline) => deadlineEvent(deadline, `${origin}/commitments/${deadline.commitment.key}`)),
    false,
  );
}

/** The deadlines in the scope of the secret's owner, linking to the staff pages; null for a secret that opens nothing. */
export async function personalCalendarResponse(origin: string, token: string): Promise<Response | null> {
  const owner = await findCalendarOwner(token);
  if (!owner) return null;
  const deadlines = await loadCalendarDeadlines(scopeWhere(owner));
  return calendarResponse(
    "Pledgeboard: my deadlines",
    "The deadlines of the commitments in your scope, on the day each falls due.",
    deadlines.map((deadline) => deadlineEvent(deadline, `${origin}/admin/commitments/${deadline.commitment.key}#log-update`)),
    true,
  );
}
