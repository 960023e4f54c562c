import type { Metadata } from "next";
import { UpdateTimeline } from "@/components/public/update-timeline";
import { Pagination } from "@/components/ui/pagination";
import { listPublicUpdates } from "@/lib/data/public-commitments";
import { env } from "@/lib/env";
import { getCatalogue } from "@/lib/i18n/server";
import { PAGE_SIZE } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getCatalogue()).t.updatesPage.title };
}

export default async function UpdatesPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const raw = (await searchParams).page;
  const requested = Number(Array.isArray(raw) ? raw[0] : (raw ?? "1"));
  const invalid = !Number.isInteger(requested) || requested < 1 || requested > 100_000;
  const page = invalid ? 1 : requested;
  const { locale, t, href } = await getCatalogue();
  const words = t.updatesPage;
  const updates = await listPublicUpdates({}, page, undefined, locale);
  return (
    <>
      <h1 className="text-3xl font-bold">{words.title}</h1>
      <p className="mt-2 text-slate-700">
        {words.intro}{" "}
        <a href={href("/feed.xml")} className="text-blue-900 underline">{words.feed}</a>.
      </p>
      {invalid && (
        <p role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          {words.ignoredPage(String(raw).slice(0, 20))}
        </p>
      )}
      <p className="mt-3 text-sm text-slate-700">{words.pageSize(page, PAGE_SIZE)}</p>
      <div className="mt-4"><UpdateTimeline updates={updates.rows} timeZone={env().APP_TIME_ZONE} showCommitment shorten /></div>
      <Pagination page={page} hasNext={updates.hasNext} href={(target) => `/updates?page=${target}`} />
    </>
  );
}
