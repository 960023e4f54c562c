import Link from "next/link";
import { CommitmentFilterForm } from "@/components/ui/commitment-filter-form";
import { CommitmentRows } from "@/components/public/commitment-rows";
import { StatusBar } from "@/components/public/status-bar";
import { UpdateTimeline } from "@/components/public/update-timeline";
import { Pagination } from "@/components/ui/pagination";
import {
  listDeadlineWatch, listPublicCommitments, listPublicUpdates, summarisePublicCommitments,
} from "@/lib/data/public-commitments";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { DeadlineText } from "@/components/ui/deadline-text";
import { deadlineState } from "@/lib/domain/deadline-state";
import { appToday, env } from "@/lib/env";
import { filtersToQuery, type TCommitmentFilters } from "@/lib/validation/commitment-filters";

/**
 * The summary every public listing shares: headline figures, bars per pillar and per country, deadlines passed and
 * coming, the commitments themselves and the latest updates. A country or pillar page fixes one of the filters.
 */
export async function PublicOverview({ filters, ignored, basePath, fixed }: {
  filters: TCommitmentFilters;
  ignored: string[];
  basePath: string;
  fixed?: "country" | "pillar";
}) {
  const timeZone = env().APP_TIME_ZONE;
  const today = appToday();
  const scope = { commitmentKey: undefined, countryCode: filters.country, pillarSlug: filters.pillar };
  const [summary, list, watch, latest, choices] = await Promise.all([
    summarisePublicCommitments(filters, today),
    listPublicCommitments(filters, today),
    listDeadlineWatch(today, {
      ...(filters.country ? { countries: { some: { countryCode: filters.country } } } : {}),
      ...(filters.pillar ? { pillar: { slug: filters.pillar } } : {}),
    }),
    listPublicUpdates(scope, 1, 5),
    listFilterChoices(),
  ]);
  const total = Object.values(summary.overall).reduce((sum, count) => sum + (count ?? 0), 0);
  const query = filtersToQuery(filters);

  return (
    <>
      <section aria-labelledby="figures" className="mt-6">
        <h2 id="figures" className="text-xl font-semibold">Where they stand</h2>
        <p className="mt-1 text-slate-700">
          {total} commitments{query ? " match the filters" : ""}. Dates are judged in the {timeZone} time zone; today is{" "}
          {formatPreciseDate({ date: today, precision: "DAY" })}.
        </p>
        <div className="mt-3"><StatusBar counts={summary.overall} label="All commitments" /></div>
        <div className="mt-6 grid gap-8 md:grid-cols-2">
          {fixed !== "pillar" && (
            <div>
              <h3 className="font-semibold">By pillar</h3>
              <ul className="mt-2 space-y-3">
                {summary.perPillar.map((pillar) => (
                  <li key={pillar.slug ?? "framework"}>
                    {pillar.slug ? <Link href={`/pillars/${pillar.slug}`} className="text-blue-900 underline">{pillar.name}</Link>
                      : <span>{pillar.name}</span>}
                    <StatusBar counts={pillar.counts} label={pillar.name} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {fixed !== "country" && (
            <div>
              <h3 className="font-semibold">By acting country</h3>
              <ul className="mt-2 space-y-3">
                {summary.perCountry.map((country) => (
                  <li key={country.code}>
                    <Link href={`/countries/${country.code.toLowerCase()}`} className="text-blue-900 underline">{country.name}</Link>
                    {" "}<span className="text-sm text-slate-700">({country.total})</span>
                    <StatusBar counts={country.counts} label={country.name} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </section>

      <section aria-labelledby="deadlines" className="mt-10 grid gap-8 md:grid-cols-2">
        <h2 id="deadlines" className="sr-only">Deadlines</h2>
        <div>
          <h3 className="font-semibold">Passed without completion</h3>
          <DeadlineWatchList items={watch.passed} today={today} empty="None: every passed deadline belongs to a completed or discontinued commitment." />
        </div>
        <div>
          <h3 className="font-semibold">Coming up</h3>
          <DeadlineWatchList items={watch.upcoming} today={today} empty="No open deadline lies ahead." />
        </div>
      </section>

      <section aria-labelledby="list" className="mt-10">
        <h2 id="list" className="text-xl font-semibold">Commitments</h2>
        <div className="mt-3">
          <CommitmentFilterForm action={basePath} filters={filters} pillars={choices.pillars} countries={choices.countries}
            fixed={fixed} ignored={ignored} />
        </div>
        <p className="mt-3 text-sm text-slate-700" role="status">
          {list.counted} {list.counted === 1 ? "commitment matches" : "commitments match"}
          {list.total > list.counted ? ` (${list.total} records listed: groups of sub-commitments are shown, not counted)` : ""}
          {list.pageCount > 1 ? `; page ${filters.page} of ${list.pageCount}` : ""}.
        </p>
        <p className="mt-1 text-sm">
          <a href={`/export/commitments.csv${query}`} className="text-blue-900 underline">Download these commitments as CSV</a>
          {" · "}<a href={`/export/updates.csv${query}`} className="text-blue-900 underline">their public history as CSV</a>
          {" · "}<a href="/export" className="text-blue-900 underline">about the open data</a>
        </p>
        {list.rows.length === 0 ? <p className="mt-3">No commitment matches these filters.</p>
          : <CommitmentRows rows={list.rows} today={today} headingLevel={3} />}
        <Pagination page={filters.page} hasNext={filters.page < list.pageCount} label={`Page ${filters.page} of ${list.pageCount}`}
          href={(page) => `${basePath}${filtersToQuery(filters, { page })}`} />
      </section>

      <section aria-labelledby="latest" className="mt-10">
        <h2 id="latest" className="text-xl font-semibold">Latest public updates</h2>
        <div className="mt-3"><UpdateTimeline updates={latest.rows} timeZone={timeZone} showCommitment /></div>
        <p className="mt-3"><Link href="/updates" className="text-blue-900 underline">All updates</Link></p>
      </section>
    </>
  );
}

function DeadlineWatchList({ items, today, empty }: {
  items: Awaited<ReturnType<typeof listDeadlineWatch>>["passed"];
  today: string;
  empty: string;
}) {
  if (items.length === 0) return <p className="mt-2 text-sm text-slate-700">{empty}</p>;
  return (
    <ul className="mt-2 space-y-2 text-sm">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={`/commitments/${item.commitment.key}`} className="text-blue-900 underline"><bdi>{item.commitment.title}</bdi></Link>
          <br />
          {item.label}: <DeadlineText deadline={item} today={today} status={item.commitment.status} />
        </li>
      ))}
    </ul>
  );
}
