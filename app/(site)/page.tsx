import { PublicOverview } from "@/components/public/public-overview";
import { StatusHistoryChart } from "@/components/public/status-history-chart";
import { getFramework } from "@/lib/data/frameworks";
import { listPublicStatusHistory } from "@/lib/data/public-status-history";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { appToday, env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const { filters, ignored } = parseCommitmentFilters(await searchParams, await listFilterChoices());
  const timeZone = env().APP_TIME_ZONE;
  const [history, framework, { t }] = await Promise.all([listPublicStatusHistory(appToday(), timeZone), getFramework(),
    getCatalogue()]);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t.overview.title(framework.shortName)}</h1>
      <p className="mt-1 hidden max-w-3xl text-slate-700 sm:block">{framework.description}</p>
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
