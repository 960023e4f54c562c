import { PublicOverview } from "@/components/public/public-overview";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const { filters, ignored } = parseCommitmentFilters(await searchParams);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Los Angeles Declaration commitments</h1>
      <p className="mt-1 hidden max-w-3xl text-slate-700 sm:block">
        What the 22 endorsing governments committed to in September 2024, and where each commitment stands now.
      </p>
      <PublicOverview filters={filters} ignored={ignored} basePath="/" />
    </>
  );
}
