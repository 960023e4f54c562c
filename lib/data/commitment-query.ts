import "server-only";
import { addDays, toDbDate, type CalendarDate } from "../domain/calendar-date";
import { FRAMEWORK_GROUP } from "../domain/framework-group";
import { foldSearchText } from "../domain/search-fold";
import type { Prisma } from "../generated/prisma/client";
import type { TCommitmentFilters } from "../validation/commitment-filters";

const DUE_KINDS: Prisma.EnumDeadlineKindFilter<"Deadline"> = { in: ["DEADLINE", "MILESTONE"] };

/**
 * What counts as a commitment: every record but a group (a parent that only gathers its parts and undertakes nothing
 * of its own). Every count of commitments (headline, pillar, country, API, CSV) applies it; lists still show groups.
 */
export const COUNTED: Prisma.CommitmentWhereInput = { isGroup: false };
const OPEN_STATUSES: Prisma.EnumCommitmentStatusFilter<"Commitment"> = { notIn: ["COMPLETED", "DISCONTINUED"] };

/**
 * A pillar's translations, every language (a row or two): a page names the pillar in its reader's language where one
 * exists (lib/i18n/pillar-label.ts).
 */
export const PILLAR_TRANSLATIONS = {
  translations: { select: { locale: true, name: true, shortName: true, description: true } },
} satisfies Prisma.PillarSelect;

/** Commitments of one pillar, or of none for the framework-wide group. */
export function pillarWhere(slug: string): Prisma.CommitmentWhereInput {
  return slug === FRAMEWORK_GROUP.slug ? { pillarId: null } : { pillar: { slug } };
}

/** The WHERE of a filtered commitment list; shared by the staff list, the public pages and the exports. */
export function commitmentWhere(filters: Partial<TCommitmentFilters>, today: CalendarDate): Prisma.CommitmentWhereInput {
  const where: Prisma.CommitmentWhereInput[] = [];
  // searchText holds key, title, description and source text folded by a trigger; the query is folded alike.
  if (filters.q) where.push({ searchText: { contains: foldSearchText(filters.q), mode: "insensitive" } });
  if (filters.pillar) where.push(pillarWhere(filters.pillar));
  if (filters.source) where.push({ declaration: { key: filters.source } });
  if (filters.framework) where.push({ declaration: { framework: { key: filters.framework } } });
  if (filters.country) where.push({ countries: { some: { countryCode: filters.country } } });
  if (filters.status) where.push({ status: filters.status });
  if (filters.updatedSince) where.push({ lastUpdateAt: { gte: new Date(`${filters.updatedSince}T00:00:00Z`) } });
  const todayDb = toDbDate(today);
  switch (filters.deadline) {
    case "overdue":
      where.push({ status: OPEN_STATUSES, deadlines: { some: { kind: DUE_KINDS, dueOn: { lt: todayDb } } } });
      break;
    case "30":
    case "90":
    case "365":
      where.push({
        status: OPEN_STATUSES,
        deadlines: {
          some: { kind: DUE_KINDS, dueOn: { gte: todayDb, lte: toDbDate(addDays(today, Number(filters.deadline))) } },
        },
      });
      break;
    case "none":
      where.push({ deadlines: { none: { kind: DUE_KINDS } } });
      break;
  }
  return where.length > 0 ? { AND: where } : {};
}

export function commitmentOrderBy(sort: TCommitmentFilters["sort"] | undefined): Prisma.CommitmentOrderByWithRelationInput[] {
  switch (sort) {
    case "title":
      return [{ title: "asc" }, { id: "asc" }];
    case "status":
      return [{ status: "asc" }, { position: "asc" }, { id: "asc" }];
    case "updated":
      return [{ lastUpdateAt: { sort: "desc", nulls: "last" } }, { id: "asc" }];
    default:
      return [{ declarationId: "asc" }, { position: "asc" }, { id: "asc" }];
  }
}
