import { StatusSwatch } from "@/components/ui/status-swatch";
import { StatusBar } from "@/components/public/status-bar";
import type { listDeadlineWatch, StatusCounts } from "@/lib/data/public-commitments";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { deadlineState } from "@/lib/domain/deadline-state";
import { STATUS_ORDER, STATUSES } from "@/lib/domain/status";
import { filtersToQuery, type TCommitmentFilters } from "@/lib/validation/commitment-filters";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";

type Watch = Awaited<ReturnType<typeof listDeadlineWatch>>;
const SHOWN = 3;

/**
 * The first screen of a listing: counts by status (each a link to that part of the list), the deadlines passed
 * without completion and the next ones due, a few of each, with the way to all of them.
 */
export async function AtAGlance({ counts, watch, today, filters, basePath }: {
  counts: StatusCounts;
  watch: Watch;
  today: CalendarDate;
  filters: TCommitmentFilters;
  basePath: string;
}) {
  const { t } = await getCatalogue();
  const words = t.glance;
  const total = STATUS_ORDER.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const shown = STATUS_ORDER.filter((status) => (counts[status] ?? 0) > 0);
  return (
    <section aria-labelledby="figures" className="mt-4">
      <h2 id="figures" className="sr-only">{words.whereTheyStand}</h2>
      {/* On a phone each tile is one line, two to a row: a status's name is never cut inside a word. */}
      <ul className="grid grid-cols-2 gap-1.5 sm:grid-cols-4 sm:gap-2 lg:grid-cols-8" data-status-counts>
        <li className="rounded border border-slate-300 px-1.5 py-1 sm:px-2 sm:py-1.5">
          <a href="#list" className="flex items-baseline gap-1.5 sm:block">
            <span className="block text-lg font-bold leading-tight sm:text-2xl">{total}</span>
            <span className="text-xs text-slate-700 underline sm:block">{words.all}</span>
          </a>
        </li>
        {shown.map((status) => (
          <li key={status} className="rounded border border-slate-300 px-1.5 py-1 sm:px-2 sm:py-1.5">
            <Link href={`${basePath}${filtersToQuery(filters, { status, page: 1 })}#list`} className="flex items-baseline gap-1.5 sm:block"
              data-status={status}>
              <span className="flex shrink-0 items-center gap-1 text-lg font-bold leading-tight sm:text-2xl">
                {counts[status]}
                <StatusSwatch status={status} size={12} />
                <span aria-hidden="true" className="text-base font-normal">{STATUSES[status].icon}</span>
              </span>
              <span className="text-xs text-slate-700 underline sm:block">{t.status[status].label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="mt-2"><StatusBar counts={counts} label={words.allCommitments} legend={false} /></div>
      <div className="mt-3 grid gap-x-8 gap-y-3 md:grid-cols-2">
        <DeadlineGlance id="overdue" title={words.passed} items={watch.passed} total={watch.passedTotal}
          today={today} empty={words.passedEmpty}
          allHref={`${basePath}${filtersToQuery(filters, { deadline: "overdue", page: 1 })}#list`}
          allText={words.seeAll(watch.passedTotal)} />
        <DeadlineGlance id="due-next" title={words.dueNext} items={watch.upcoming} today={today}
          empty={words.dueNextEmpty}
          allHref={`${basePath}${filtersToQuery(filters, { deadline: "365", page: 1 })}#list`}
          allText={words.seeAllYear} />
      </div>
    </section>
  );
}

async function DeadlineGlance({ id, title, items, total, today, empty, allHref, allText }: {
  id: string;
  title: string;
  items: Watch["passed"];
  total?: number;
  today: CalendarDate;
  empty: string;
  allHref: string;
  allText: string;
}) {
  const { locale, t } = await getCatalogue();
  return (
    <section aria-labelledby={id} data-glance={id}>
      {/* The way to all of them beside the heading, not under the list: a line less on the first screen. */}
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h3 id={id} className="font-semibold">
          {title}{total !== undefined && total > 0 ? ` (${total})` : ""}
        </h3>
        {items.length > SHOWN && <Link href={allHref} className="text-sm text-blue-900 underline">{allText}</Link>}
      </div>
      {items.length === 0 ? <p className="text-sm text-slate-700">{empty}</p> : (
        <ul className="mt-1 space-y-1 text-sm">
          {items.slice(0, SHOWN).map((item) => {
            const state = deadlineState(item, today);
            return (
              <li key={item.id} className="flex gap-2">
                <span className="w-32 shrink-0">
                  <time dateTime={item.date}>{formatPreciseDate(item, locale)}</time>
                  {state.kind === "passed" && <span className="sr-only">{t.glance.passedMark}</span>}
                </span>
                <Link href={`/commitments/${item.commitment.key}`} className="line-clamp-1 min-w-0 self-start text-blue-900 underline sm:line-clamp-2">
                  <bdi lang={item.commitment.titleLang}>{item.commitment.title}</bdi>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
