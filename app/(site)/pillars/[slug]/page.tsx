import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicOverview } from "@/components/public/public-overview";
import { getPillar } from "@/lib/data/public-commitments";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function pillarFor(slug: string) {
  return /^[a-z0-9-]{1,80}$/.test(slug) ? getPillar(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pillar = await pillarFor((await params).slug);
  return { title: pillar ? pillar.shortName : "Pillar not found", description: pillar?.description };
}

export default async function PillarPage({ params, searchParams }: Props) {
  const pillar = await pillarFor((await params).slug);
  if (!pillar) notFound();
  const { filters, ignored } = parseCommitmentFilters(await searchParams, await listFilterChoices());
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{pillar.name}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{pillar.description}</p>
      <PublicOverview filters={{ ...filters, pillar: pillar.slug }} ignored={ignored} basePath={`/pillars/${pillar.slug}`}
        fixed="pillar" />
    </>
  );
}
