import { PublicOverview } from "@/components/public/public-overview";
import { getFramework } from "@/lib/data/frameworks";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const { filters, ignored } = parseCommitmentFilters(await searchParams, await listFilterChoices());
  const framework = await getFramework();
  return (
    <>
      <h1 className="text-3xl font-bold">{framework.shortName} commitments</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{framework.description}</p>
      <PublicOverview filters={filters} ignored={ignored} basePath="/" />
    </>
  );
}
