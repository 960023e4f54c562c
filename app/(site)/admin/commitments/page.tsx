import type { Metadata } from "next";
import Link from "next/link";
import { BulkStatusForm } from "@/app/(site)/admin/commitments/_components/bulk-status-form";
import { CommitmentFilterForm } from "@/components/ui/commitment-filter-form";
import { Pagination } from "@/components/ui/pagination";
import { DeadlineText } from "@/components/ui/deadline-text";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { listAdminCommitments } from "@/lib/data/admin-commitments";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { ROLE_LABELS } from "@/lib/domain/country-roles";
import { formatDay } from "@/lib/domain/format-instant";
import { nextDeadline } from "@/lib/domain/next-deadline";
import { appToday, env } from "@/lib/env";
import { filtersToQuery, parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const metadata: Metadata = { title: "Commitments (staff)" };
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

  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Commitments</h1>
        {actor.role === "ADMIN" && <Link href="/admin/commitments/new" className="underline">New commitment</Link>}
      </div>
      <div className="mt-4">
        <CommitmentFilterForm action="/admin/commitments" filters={filters} pillars={choices.pillars}
          countries={choices.countries} showUpdatedSince ignored={ignored} />
      </div>
      <p className="mt-4 text-sm text-slate-700" role="status">
        {total.toLocaleString("en-US")} commitments match; page {filters.page} of {pageCount}.
      </p>
      <p className="mt-1 text-sm">
        Download with internal fields:{" "}
        <a href={`/admin/export/commitments.csv${filtersToQuery(filters)}`} className="underline">commitments</a>{" · "}
        <a href={`/admin/export/updates.csv${filtersToQuery(filters)}`} className="underline">full history</a>
        {actor.role === "ADMIN" && <>{" · "}<Link href="/admin/import" className="underline">import a CSV</Link></>}
      </p>
      <BulkStatusForm enabled={canWrite}>
        <table className="cards-under-sm mt-2 w-full border-collapse text-sm">
          <caption className="sr-only">Commitments matching the filters</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              {canWrite && <th scope="col" className="w-8 py-2"><span className="sr-only">Select</span></th>}
              <th scope="col" className="py-2">Commitment</th>
              <th scope="col" className="py-2">Countries</th>
              <th scope="col" className="py-2">Status</th>
              <th scope="col" className="py-2">Next deadline</th>
              <th scope="col" className="py-2">Last update</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200 align-top">
                {canWrite && (
                  <td className="py-2">
                    <input type="checkbox" name="selected" value={`${row.id}:${row.version}`}
                      aria-label={`Select ${row.title}`} disabled={row.archivedAt !== null} />
                  </td>
                )}
                <td className="py-2 pr-2">
                  <Link href={`/admin/commitments/${row.key}`} className="font-medium text-blue-900 underline">
                    {row.parentId && <span aria-hidden="true">↳ </span>}<bdi>{row.title}</bdi>
                  </Link>
                  {row.archivedAt && <span className="ml-2 rounded bg-zinc-200 px-1 text-xs">Archived</span>}
                  <div className="text-xs text-slate-600">{row.pillar?.shortName ?? "Framework"}</div>
                </td>
                <td data-label="Countries" className="py-2 pr-2">{row.countries.map((country) =>
                  `${country.countryCode} (${ROLE_LABELS[country.role]})`).join(", ") || "—"}</td>
                <td data-label="Status" className="py-2 pr-2"><StatusBadge status={row.status} /></td>
                <td data-label="Next deadline" className="py-2 pr-2">
                  <DeadlineText deadline={nextDeadline(row.deadlines, today)} today={today} status={row.status} />
                </td>
                <td data-label="Last update" className="py-2">{row.lastUpdateAt ? formatDay(row.lastUpdateAt, timeZone) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </BulkStatusForm>
      <Pagination page={filters.page} hasNext={filters.page < pageCount} label={`Page ${filters.page} of ${pageCount}`}
        href={(page) => `/admin/commitments${filtersToQuery(filters, { page })}`} />
    </>
  );
}
