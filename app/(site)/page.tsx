import { PublicOverview } from "@/components/public/public-overview";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const { filters, ignored } = parseCommitmentFilters(await searchParams, await listFilterChoices());
  return (
    <>
      <h1 className="text-3xl font-bold">Los Angeles Declaration commitments</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        What the 22 endorsing governments committed to at the fourth ministerial meeting on September 25, 2024, as
        announced in the White House fact sheet of the next day, and where each commitment stands now.
      </p>
      <PublicOverview filters={filters} ignored={ignored} basePath="/" />
    </>
  );
}
