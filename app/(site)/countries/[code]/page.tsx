import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedSnippet } from "@/components/public/embed-snippet";
import { PublicOverview } from "@/components/public/public-overview";
import { getCountry } from "@/lib/data/public-commitments";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { localizeCountry } from "@/lib/i18n/country-names";
import { localizedAlternates } from "@/lib/i18n/metadata";
import { getCatalogue } from "@/lib/i18n/server";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function countryFor(code: string) {
  const country = /^[A-Za-z]{2}$/.test(code) ? await getCountry(code.toUpperCase()) : null;
  return country && localizeCountry(country, (await getCatalogue()).locale);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = await countryFor((await params).code);
  const words = (await getCatalogue()).t.countryPage;
  if (!country) return { title: words.notFound };
  return { title: words.title(country.name), description: words.description(country.name),
    alternates: await localizedAlternates(`/countries/${country.code.toLowerCase()}/feed.xml`) };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const country = await countryFor((await params).code);
  if (!country) notFound();
  const { t, href } = await getCatalogue();
  const { filters, ignored } = parseCommitmentFilters(await searchParams, await listFilterChoices(), t.filterRefusals);
  const path = `/countries/${country.code.toLowerCase()}`;
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{country.name}</h1>
      <p className="mt-1 text-slate-700">
        {t.countryPage.intro(country.name)}{" "}
        <a href={href(`${path}/feed.xml`)} className="text-blue-900 underline">{t.countryPage.follow}</a>
      </p>
      <PublicOverview filters={{ ...filters, country: country.code }} ignored={ignored} basePath={path} fixed="country" />
      <EmbedSnippet embedPath={`/embed${path}`} title={t.countryPage.title(country.name)} height={160} />
    </>
  );
}
