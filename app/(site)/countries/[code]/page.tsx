import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedSnippet } from "@/components/public/embed-snippet";
import { PublicOverview } from "@/components/public/public-overview";
import { getCountry } from "@/lib/data/public-commitments";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function countryFor(code: string) {
  return /^[A-Za-z]{2}$/.test(code) ? getCountry(code.toUpperCase()) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = await countryFor((await params).code);
  if (!country) return { title: "Country not found" };
  return { title: `${country.name}: commitments`,
    description: `Where the commitments in which ${country.name} acts stand, deadline by deadline.`,
    alternates: { types: { "application/atom+xml": `/countries/${country.code.toLowerCase()}/feed.xml` } } };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const country = await countryFor((await params).code);
  if (!country) notFound();
  const { filters, ignored } = parseCommitmentFilters(await searchParams, await listFilterChoices());
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{country.name}</h1>
      <p className="mt-1 text-slate-700">
        Commitments in which {country.name} acts, as lead or as partner.{" "}
        <a href={`/countries/${country.code.toLowerCase()}/feed.xml`} className="text-blue-900 underline">Follow them (Atom feed)</a>
      </p>
      <PublicOverview filters={{ ...filters, country: country.code }} ignored={ignored}
        basePath={`/countries/${country.code.toLowerCase()}`} fixed="country" />
      <EmbedSnippet embedPath={`/embed/countries/${country.code.toLowerCase()}`} title={`${country.name}: commitments`} height={160} />
    </>
  );
}
