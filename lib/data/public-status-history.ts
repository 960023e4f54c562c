import "server-only";
import { db } from "../db/client";
import { todayIn, type CalendarDate } from "../domain/calendar-date";
import { monthEnds, statusCountsOverTime } from "../domain/status-history";
import { COUNTED } from "./commitment-query";
import { frameworkFilterWhere, type FrameworkFilter } from "./framework-filter";
import { cachedPublicRead } from "./public-cache";

/**
 * The counted public commitments' statuses at the end of each month since the declaration was published, from every
 * history entry that recorded a status. Only three columns of those entries are read.
 */
async function loadPublicStatusHistory(today: CalendarDate, timeZone: string, filter: FrameworkFilter = {}) {
  const documents = { AND: [filter.frameworkKey ? { framework: { key: filter.frameworkKey } } : {},
    filter.sourceKey ? { key: filter.sourceKey } : {}] };
  const [changes, declaration] = await Promise.all([
    db().progressUpdate.findMany({
      // A status change is a public fact even in an internal entry (public-commitments.ts); groups are never counted.
      where: { newStatus: { not: null }, commitment: { AND: [{ archivedAt: null }, COUNTED, frameworkFilterWhere(filter)] } },
      select: { commitmentId: true, createdAt: true, newStatus: true },
    }),
    db().declaration.findFirst({ where: documents, orderBy: { publishedAt: "asc" }, select: { publishedAt: true } }),
  ]);
  if (!declaration) return [];
  const days = monthEnds(todayIn(timeZone, declaration.publishedAt), today);
  return statusCountsOverTime(
    changes.map((change) => ({ commitmentId: change.commitmentId, on: todayIn(timeZone, change.createdAt), status: change.newStatus! })),
    days,
  );
}

export const listPublicStatusHistory = cachedPublicRead("listPublicStatusHistory", loadPublicStatusHistory);
