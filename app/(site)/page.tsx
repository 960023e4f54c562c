import { PublicOverview } from "@/components/public/public-overview";
import { StatusHistoryChart } from "@/components/public/status-history-chart";
import { getFramework, listShownFrameworks } from "@/lib/data/frameworks";
import { listPublicStatusHistory } from "@/lib/data/public-status-history";
import { listFilterChoices, listSourceFrameworks } from "@/lib/data/reference-lists";
import { appToday, env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const { t } = await getCatalogue();
  const { filters, ignored } = parseCommitmentFilters(await searchParams, await listFilterChoices(), t.filterRefusals);
  const timeZone = env().APP_TIME_ZONE;
  const frameworkKey = filters.framework ?? (filters.source ? (await listSourceFrameworks()).get(filters.source) : undefined);
  const [history, framework, frameworks] = await Promise.all([
    listPublicStatusHistory(appToday(), timeZone, { frameworkKey: filters.framework, sourceKey: filters.source }),
    getFramework(frameworkKey), listShownFrameworks()]);
  return (
    <>
      {frameworks.length > 1 && frameworkKey === undefined ? (
        <h1 className="text-2xl font-bold sm:text-3xl">{t.home.everyFramework}</h1>
      ) : (
        <>
          <h1 className="text-2xl font-bold sm:text-3xl">{t.overview.title(framework.shortName)}</h1>
          <p lang="en" className="mt-1 hidden max-w-3xl text-slate-700 sm:block">{framework.description}</p>
        </>
      )}
      {frameworks.length > 1 && (
        <nav aria-label={t.home.chooseFramework} className="mt-2 flex flex-wrap gap-3 text-sm">
          <span>{t.home.chooseFramework}:</span>
          {frameworks.map((choice) => (
            <span key={choice.key}>
              <Link href={`/?framework=${choice.key}`} className="text-blue-900 underline"
                aria-current={choice.key === frameworkKey ? "page" : undefined}>{choice.shortName}</Link>
              {" "}({t.home.commitmentCount(choice.commitmentCount)})
            </span>
          ))}
          <Link href="/" className="text-blue-900 underline" aria-current={frameworkKey === undefined ? "page" : undefined}>
            {t.home.allFrameworks}</Link>
        </nav>
      )}
      <PublicOverview filters={filters} ignored={ignored} basePath="/">
        <section aria-labelledby="over-time" className="mt-10">
          <h2 id="over-time" className="text-xl font-semibold">{t.overview.overTime}</h2>
          <p className="mt-1 text-sm text-slate-700">
            {t.overview.overTimeText} <Link href="/map" className="text-blue-900 underline">{t.overview.seeMap}</Link>.
          </p>
          <div className="mt-2"><StatusHistoryChart snapshots={history} /></div>
        </section>
      </PublicOverview>
    </>
  );
}
