import type { ReactNode } from "react";
import { CommitmentFilterForm } from "@/components/ui/commitment-filter-form";
import { AtAGlance } from "@/components/public/at-a-glance";
import { CommitmentRows } from "@/components/public/commitment-rows";
import { CountryStatusList } from "@/components/public/country-status-list";
import { StatusBar } from "@/components/public/status-bar";
import { UpdateTimeline } from "@/components/public/update-timeline";
import { Pagination } from "@/components/ui/pagination";
import {
  listDeadlineWatch, listPublicCommitments, listPublicUpdates, summarisePublicCommitments,
} from "@/lib/data/public-commitments";
import { pillarWhere } from "@/lib/data/commitment-query";
import { frameworkFilterWhere } from "@/lib/data/framework-filter";
import { listPublicFilterChoices } from "@/lib/data/reference-lists";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { FRAMEWORK_GROUP } from "@/lib/domain/framework-group";
import { timeZoneName } from "@/lib/domain/time-zone-name";
import { appToday, env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { localizeCountries } from "@/lib/i18n/country-names";
import { pillarLabel } from "@/lib/i18n/pillar-label";
import { getCatalogue } from "@/lib/i18n/server";
import { filtersToQuery, type TCommitmentFilters } from "@/lib/validation/commitment-filters";

/**
 * The summary every public listing shares. The first screen answers "where do things stand?": counts by status,
 * deadlines passed and next, then the list itself; the breakdowns by pillar and country and the latest updates
 * follow it. A country or pillar page fixes one of the filters.
 */
export async function PublicOverview({ filters, ignored, basePath, fixed, children }: {
  filters: TCommitmentFilters;
  ignored: string[];
  basePath: string;
  fixed?: "country" | "pillar";
  /** Shown after the breakdowns, before the latest updates (the home page's picture of statuses over time). */
  children?: ReactNode;
}) {
  const timeZone = env().APP_TIME_ZONE;
  const today = appToday();
  const { locale, t, href } = await getCatalogue();
  const words = t.overview;
  // Every part of the overview keeps to the list's framework or document, not only the list itself.
  const framework = { frameworkKey: filters.framework, sourceKey: filters.source };
  const scope = { commitmentKey: undefined, countryCode: filters.country, pillarSlug: filters.pillar, ...framework };
  const [summary, list, watch, latest, choices] = await Promise.all([
    summarisePublicCommitments(filters, today),
    listPublicCommitments(filters, today, undefined, locale),
    listDeadlineWatch(today, { AND: [
      filters.country ? { countries: { some: { countryCode: filters.country } } } : {},
      filters.pillar ? pillarWhere(filters.pillar) : {},
      frameworkFilterWhere(framework),
    ] }, undefined, locale),
    listPublicUpdates(scope, 1, 5, locale),
    listPublicFilterChoices(framework),
  ]);
  const query = filtersToQuery(filters);
  // Applying the menus keeps to the list's framework or document.
  const kept: Record<string, string> = {
    ...(filters.framework ? { framework: filters.framework } : {}), ...(filters.source ? { source: filters.source } : {}) };
  const countries = localizeCountries(summary.perCountry, locale);
  const countryChoices = localizeCountries(choices.countries, locale).sort((a, b) => a.name.localeCompare(b.name, locale));
  const filtered = Boolean(filters.q || filters.status || filters.deadline || filters.updatedSince
    || (filters.country && fixed !== "country") || (filters.pillar && fixed !== "pillar") || filters.sort !== "source");

  return (
    <>
      <AtAGlance counts={summary.overall} watch={watch} today={today} filters={filters} basePath={basePath} />

      <section aria-labelledby="list" className="mt-6">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h2 id="list" className="text-xl font-semibold">{words.commitments}</h2>
          <p className="text-sm text-slate-700" role="status">
            {words.matches(list.counted, filters.page, list.pageCount)}
          </p>
        </div>
        <div className="mt-2">
          <CommitmentFilterForm action={href(basePath)} filters={filters} pillars={choices.pillars} countries={countryChoices}
            fixed={fixed} ignored={ignored} collapsed={!filtered} hidden={kept} />
        </div>
        {list.rows.length === 0 ? <p className="mt-3">{words.noMatch}</p>
          : <CommitmentRows rows={list.rows} today={today} headingLevel={3} />}
        <Pagination page={filters.page} hasNext={filters.page < list.pageCount} label={words.page(filters.page, list.pageCount)}
          href={(page) => href(`${basePath}${filtersToQuery(filters, { page })}`)} />
        {list.total > list.counted && (
          // Below the list, not beside the count: on a phone the count keeps to the heading's line (first screen).
          <p className="mt-3 text-sm text-slate-700" data-counting>
            {words.counting(list.total)}
          </p>
        )}
        <p className="mt-3 text-sm">
          <a href={`/export/commitments.csv${query}`} className="text-blue-900 underline">{words.downloadCsv}</a>
          {" · "}<a href={`/export/updates.csv${query}`} className="text-blue-900 underline">{words.historyCsv}</a>
          {" · "}<a href={href("/export")} className="text-blue-900 underline">{words.aboutData}</a>
        </p>
        <p className="mt-1 text-xs text-slate-700">
          {words.judgedIn(timeZoneName(timeZone, new Date(), locale), formatPreciseDate({ date: today, precision: "DAY" }, locale))}
        </p>
      </section>

      <section aria-labelledby="breakdown" className="mt-10">
        <h2 id="breakdown" className="text-xl font-semibold">{words.byPart}</h2>
        <div className="mt-3 grid gap-x-8 gap-y-6 md:grid-cols-2">
          {fixed !== "pillar" && (
            <div>
              <h3 className="font-semibold">{words.byPillar}</h3>
              <ul className="mt-2 space-y-2">
                {summary.perPillar.map((pillar) => {
                  const label = pillarLabel(pillar, t, locale);
                  return (
                    <li key={pillar.slug ?? "framework"}>
                      <Link href={`/pillars/${pillar.slug ?? FRAMEWORK_GROUP.slug}`} className="text-sm text-blue-900 underline">
                        <bdi lang={label.lang}>{label.name}</bdi></Link>
                      <StatusBar counts={pillar.counts} label={label.shortName} />
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {fixed !== "country" && (
            <div>
              <h3 className="font-semibold">{words.byCountry}</h3>
              <CountryStatusList countries={countries} className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2" />
            </div>
          )}
        </div>
      </section>

      {children}

      <section aria-labelledby="latest" className="mt-10">
        <h2 id="latest" className="text-xl font-semibold">{words.latest}</h2>
        <div className="mt-3"><UpdateTimeline updates={latest.rows} timeZone={timeZone} showCommitment shorten /></div>
        <p className="mt-3"><Link href="/updates" className="text-blue-900 underline">{words.allUpdates}</Link></p>
      </section>
    </>
  );
}
