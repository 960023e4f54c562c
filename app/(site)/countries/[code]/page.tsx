import type { Metadata } from "next";
import { notFound } from "next/navigation";
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
  return { title: country ? `${country.name}: commitments` : "Country not found" };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const country = await countryFor((await params).code);
  if (!country) notFound();
  const { filters, ignored } = parseCommitmentFilters(await searchParams, await listFilterChoices());
  return (
    <>
      <h1 className="text-3xl font-bold">{country.name}</h1>
      <p className="mt-2 text-slate-700">Commitments in which {country.name} acts, as lead or as partner.</p>
      <PublicOverview filters={{ ...filters, country: country.code }} ignored={ignored}
        basePath={`/countries/${country.code.toLowerCase()}`} fixed="country" />
    </>
  );
}
