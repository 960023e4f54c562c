import type { Metadata } from "next";
import { AmericasMap } from "@/components/public/americas-map";
import { CountryStatusList } from "@/components/public/country-status-list";
import { getFramework } from "@/lib/data/frameworks";
import { summarisePublicCommitments } from "@/lib/data/public-commitments";
import { appToday } from "@/lib/env";
import { localizeCountries } from "@/lib/i18n/country-names";
import { getCatalogue } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.mapPage.title, description: t.mapPage.description((await getFramework()).name) };
}

export default async function MapPage() {
  const today = appToday();
  const [summary, { locale, t }] = await Promise.all([summarisePublicCommitments({ sort: "source", page: 1 }, today),
    getCatalogue()]);
  const countries = localizeCountries(summary.perCountry, locale);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t.mapPage.heading}</h1>
      <div className="mt-4 grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <AmericasMap countries={countries} />
        <section aria-labelledby="in-words">
          <h2 id="in-words" className="text-xl font-semibold">{t.mapPage.inWords}</h2>
          <CountryStatusList countries={countries} className="mt-2 space-y-2" />
        </section>
      </div>
    </>
  );
}
