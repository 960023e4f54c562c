import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicOverview } from "@/components/public/public-overview";
import { getPillar } from "@/lib/data/public-commitments";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { pillarLabel } from "@/lib/i18n/pillar-label";
import { getCatalogue } from "@/lib/i18n/server";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function pillarFor(slug: string) {
  return /^[a-z0-9-]{1,80}$/.test(slug) ? getPillar(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pillar = await pillarFor((await params).slug);
  const { locale, t } = await getCatalogue();
  if (!pillar) return { title: t.pillarPage.notFound };
  const label = pillarLabel(pillar, t, locale);
  return { title: label.shortName, description: label.description ?? undefined };
}

export default async function PillarPage({ params, searchParams }: Props) {
  const pillar = await pillarFor((await params).slug);
  if (!pillar) notFound();
  const { locale, t } = await getCatalogue();
  const label = pillarLabel(pillar, t, locale);
  const { filters, ignored } = parseCommitmentFilters(await searchParams, await listFilterChoices(), t.filterRefusals);
  return (
    <>
      <h1 lang={label.lang} className="text-2xl font-bold sm:text-3xl">{label.name}</h1>
      <p lang={label.descriptionLang} className="mt-2 max-w-3xl text-slate-700">{label.description}</p>
      <PublicOverview filters={{ ...filters, pillar: pillar.slug }} ignored={ignored} basePath={`/pillars/${pillar.slug}`}
        fixed="pillar" />
    </>
  );
}
