import type { Metadata } from "next";
import { UpdateTimeline } from "@/components/public/update-timeline";
import { Pagination } from "@/components/ui/pagination";
import { listPublicUpdates } from "@/lib/data/public-commitments";
import { env } from "@/lib/env";
import { PAGE_SIZE } from "@/lib/validation/commitment-filters";

export const metadata: Metadata = { title: "All public updates" };
export const dynamic = "force-dynamic";

export default async function UpdatesPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const raw = (await searchParams).page;
  const requested = Number(Array.isArray(raw) ? raw[0] : (raw ?? "1"));
  const invalid = !Number.isInteger(requested) || requested < 1 || requested > 100_000;
  const page = invalid ? 1 : requested;
  const updates = await listPublicUpdates({}, page);
  return (
    <>
      <h1 className="text-3xl font-bold">All public updates</h1>
      <p className="mt-2 text-slate-700">
        Every public entry of every commitment's history, newest first. Follow them in a feed reader:{" "}
        <a href="/feed.xml" className="text-blue-900 underline">Atom feed</a>.
      </p>
      {invalid && (
        <p role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          Ignored page “{String(raw).slice(0, 20)}”: pages are numbered from 1. Showing page 1.
        </p>
      )}
      <p className="mt-3 text-sm text-slate-700">Page {page}, {PAGE_SIZE} updates a page.</p>
      <div className="mt-4"><UpdateTimeline updates={updates.rows} timeZone={env().APP_TIME_ZONE} showCommitment shorten /></div>
      <Pagination page={page} hasNext={updates.hasNext} href={(target) => `/updates?page=${target}`} />
    </>
  );
}
