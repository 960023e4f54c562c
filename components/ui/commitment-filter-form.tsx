import { FRAMEWORK_GROUP } from "@/lib/domain/framework-group";
import { STATUS_ORDER } from "@/lib/domain/status";
import { pillarLabel, type PillarTranslationRow } from "@/lib/i18n/pillar-label";
import { getCatalogue } from "@/lib/i18n/server";
import { DEADLINE_WINDOWS, SORTS, type TCommitmentFilters } from "@/lib/validation/commitment-filters";

/** A plain GET form: the filtered view lives in the URL, so it can be shared and needs no script. */
export async function CommitmentFilterForm({
  action,
  filters,
  pillars,
  countries,
  showUpdatedSince,
  fixed,
  ignored = [],
  sortable = true,
  hidden = {},
  collapsed,
}: {
  /** The list's address in the page's language. */
  action: string;
  filters: TCommitmentFilters;
  /** Named in the page's language where a translation exists. */
  pillars: { slug: string; shortName: string; translations?: readonly PillarTranslationRow[] }[];
  countries: { code: string; name: string }[];
  showUpdatedSince?: boolean;
  /** A filter the page itself sets (a country's page): kept, not offered. */
  fixed?: "country" | "pillar";
  /** Values from the URL that were dropped (see parseCommitmentFilters), said aloud rather than silently. */
  ignored?: string[];
  /** False where the page sets its own order (the reminders: each group by due date). */
  sortable?: boolean;
  /** Parameters of the page that are not filters (the reminders' scope), kept when the filters are applied. */
  hidden?: Record<string, string>;
  /** Set on public listings: the filters beyond search fold away (open when one is in use), keeping the list near. */
  collapsed?: boolean;
}) {
  const { locale, t } = await getCatalogue();
  const words = t.filters;
  const field = "mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1";
  // Fields at least 12rem wide, as many to a row as fit: the longest choice ("Order of the source") is never cut.
  const grid = "grid gap-3 grid-cols-[repeat(auto-fill,minmax(12rem,1fr))]";
  const more = (
    <>
        {fixed === "pillar" ? null : (
        <div>
          <label htmlFor="filter-pillar" className="text-sm font-medium">{words.pillar}</label>
          <select id="filter-pillar" name="pillar" defaultValue={filters.pillar ?? ""} className={field}>
            <option value="">{words.allPillars}</option>
            {pillars.map((pillar) => {
              const label = pillarLabel({ ...pillar, name: pillar.shortName }, t, locale);
              return <option key={pillar.slug} value={pillar.slug} lang={label.lang}>{label.shortName}</option>;
            })}
            <option value={FRAMEWORK_GROUP.slug}>{t.frameworkGroup.name}</option>
          </select>
        </div>
        )}
        {fixed === "country" ? null : (
        <div>
          <label htmlFor="filter-country" className="text-sm font-medium">{words.country}</label>
          <select id="filter-country" name="country" defaultValue={filters.country ?? ""} className={field}>
            <option value="">{words.allCountries}</option>
            {countries.map((country) => <option key={country.code} value={country.code}>{country.name}</option>)}
          </select>
        </div>
        )}
        <div>
          <label htmlFor="filter-status" className="text-sm font-medium">{words.status}</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={field}>
            <option value="">{words.allStatuses}</option>
            {STATUS_ORDER.map((status) => <option key={status} value={status}>{t.status[status].label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-deadline" className="text-sm font-medium">{words.deadline}</label>
          <select id="filter-deadline" name="deadline" defaultValue={filters.deadline ?? ""} className={field}>
            <option value="">{words.anyDeadline}</option>
            {DEADLINE_WINDOWS.map((window) => <option key={window} value={window}>{words.windows[window]}</option>)}
          </select>
        </div>
        {showUpdatedSince && (
          <div>
            <label htmlFor="filter-updated" className="text-sm font-medium">{words.updatedSince}</label>
            <input id="filter-updated" name="updatedSince" type="date" defaultValue={filters.updatedSince ?? ""}
              className={field} />
          </div>
        )}
        {sortable && (
        <div>
          <label htmlFor="filter-sort" className="text-sm font-medium">{words.sort}</label>
          <select id="filter-sort" name="sort" defaultValue={filters.sort} className={field}>
            {SORTS.map((sort) => <option key={sort} value={sort}>{words.sorts[sort]}</option>)}
          </select>
        </div>
        )}
    </>
  );
  const buttons = (
    <>
      <button type="submit" className="rounded bg-blue-800 px-3 py-1.5 font-medium text-white">{words.apply}</button>
      <a href={action} className="px-2 py-1.5 text-sm underline">{words.clear}</a>
    </>
  );
  return (
    <>
    <form method="get" action={action} role="search" aria-label={words.label}
      className={`${grid} rounded border border-slate-200 bg-slate-50 ${collapsed === undefined ? "p-3" : "p-2"}`}>
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <div className={collapsed === undefined ? "" : "col-span-full flex items-center gap-2"}>
        <div className={collapsed === undefined ? "" : "flex min-w-0 flex-1 items-center gap-2"}>
          <label htmlFor="filter-q" className="shrink-0 text-sm font-medium">{words.search}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""}
            className={collapsed === undefined ? field : `${field} mt-0 min-w-0`} />
        </div>
        {collapsed !== undefined && buttons}
      </div>
      {collapsed === undefined ? more : (
        <details open={!collapsed} className="col-span-full">
          <summary className="cursor-pointer text-sm font-medium text-blue-900 underline">{words.more}</summary>
          <div className={`mt-2 ${grid}`}>{more}</div>
        </details>
      )}
      {collapsed === undefined && <div className="flex items-end gap-2">{buttons}</div>}
    </form>
    {ignored.length > 0 && (
      <p role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
        {words.ignored(ignored.join(", "))}
      </p>
    )}
    </>
  );
}
