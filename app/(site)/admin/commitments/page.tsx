import type { Metadata } from "next";
import { BulkStatusForm } from "@/app/(site)/admin/commitments/_components/bulk-status-form";
import { CommitmentFilterForm } from "@/components/ui/commitment-filter-form";
import { Pagination } from "@/components/ui/pagination";
import { DeadlineText } from "@/components/ui/deadline-text";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { listAdminCommitments } from "@/lib/data/admin-commitments";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { formatDay } from "@/lib/domain/format-instant";
import { formatNumber } from "@/lib/domain/format-number";
import { nextDeadline } from "@/lib/domain/next-deadline";
import { appToday, env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { pillarLabel } from "@/lib/i18n/pillar-label";
import { getCatalogue } from "@/lib/i18n/server";
import { filtersToQuery, parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.staff.list.title };
}
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminCommitmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const choices = await listFilterChoices();
  const { filters, ignored } = parseCommitmentFilters(params, choices);
  const actor = await requirePageActor(`/admin/commitments${filtersToQuery(filters)}`);
  const timeZone = env().APP_TIME_ZONE;
  const today = appToday();
  const { rows, total, pageCount } = await listAdminCommitments(filters, today);
  const canWrite = actor.role !== "VIEWER";
  const { locale, t, href } = await getCatalogue();
  const words = t.staff.list;

  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t.staff.commitments}</h1>
        {actor.role === "ADMIN" && <Link href="/admin/commitments/new" className="underline">{words.newCommitment}</Link>}
      </div>
      <div className="mt-4">
        <CommitmentFilterForm action={href("/admin/commitments")} filters={filters} pillars={choices.pillars}
          countries={choices.countries} showUpdatedSince ignored={ignored} />
      </div>
      <p className="mt-4 text-sm text-slate-700" role="status">
        {words.matches(formatNumber(total, locale), filters.page, pageCount)}
      </p>
      <p className="mt-1 text-sm">
        {words.download}{" "}
        <a href={`/admin/export/commitments.csv${filtersToQuery(filters)}`} className="underline">{words.downloadCommitments}</a>
        {" · "}
        <a href={`/admin/export/updates.csv${filtersToQuery(filters)}`} className="underline">{words.downloadHistory}</a>
        {actor.role === "ADMIN" && <>{" · "}<Link href="/admin/import" className="underline">{words.importCsv}</Link></>}
      </p>
      <BulkStatusForm enabled={canWrite}>
        <table className="cards-under-sm mt-2 w-full border-collapse text-sm">
          <caption className="sr-only">{words.caption}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              {canWrite && <th scope="col" className="w-8 py-2"><span className="sr-only">{words.select}</span></th>}
              <th scope="col" className="py-2">{words.commitment}</th>
              <th scope="col" className="py-2">{words.countries}</th>
              <th scope="col" className="py-2">{words.status}</th>
              <th scope="col" className="py-2">{words.nextDeadline}</th>
              <th scope="col" className="py-2">{words.lastUpdate}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const pillar = row.pillar ? pillarLabel(row.pillar, t, locale) : { shortName: words.framework, lang: undefined };
              return (
                <tr key={row.id} className="border-b border-slate-200 align-top">
                  {canWrite && (
                    <td className="py-2">
                      <input type="checkbox" name="selected" value={`${row.id}:${row.version}`}
                        aria-label={words.selectOne(row.title)} disabled={row.archivedAt !== null} />
                    </td>
                  )}
                  <td className="py-2 pr-2">
                    <Link href={`/admin/commitments/${row.key}`} className="font-medium text-blue-900 underline">
                      {row.parentId && <span aria-hidden="true">↳ </span>}<bdi>{row.title}</bdi>
                    </Link>
                    {row.archivedAt && <span className="ml-2 rounded bg-zinc-200 px-1 text-xs">{t.staff.archived}</span>}
                    <div lang={pillar.lang} className="text-xs text-slate-600">{pillar.shortName}</div>
                  </td>
                  <td data-label={words.countries} className="py-2 pr-2">{row.countries.map((country) =>
                    `${country.countryCode} (${t.roles[country.role]})`).join(", ") || "—"}</td>
                  <td data-label={words.status} className="py-2 pr-2"><StatusBadge status={row.status} /></td>
                  <td data-label={words.nextDeadline} className="py-2 pr-2">
                    <DeadlineText deadline={nextDeadline(row.deadlines, today)} today={today} status={row.status} />
                  </td>
                  <td data-label={words.lastUpdate} className="py-2">
                    {row.lastUpdateAt ? formatDay(row.lastUpdateAt, timeZone, locale) : "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </BulkStatusForm>
      <Pagination page={filters.page} hasNext={filters.page < pageCount} label={words.page(filters.page, pageCount)}
        href={(page) => `/admin/commitments${filtersToQuery(filters, { page })}`} />
    </>
  );
}
