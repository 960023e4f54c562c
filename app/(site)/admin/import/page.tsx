import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/app/(site)/admin/import/_components/import-form";
import { requirePageActor } from "@/lib/auth/session";
import { COMMITMENT_COLUMNS } from "@/lib/domain/csv-columns";
import { MAX_IMPORT_LABEL, MAX_IMPORT_ROWS } from "@/lib/domain/import-limit";

export const metadata: Metadata = { title: "Import commitments from CSV" };
export const dynamic = "force-dynamic";

const byUse = (use: string) => COMMITMENT_COLUMNS.filter((column) => column.import === use).map((column) => column.name).join(", ");

export default async function ImportPage() {
  await requirePageActor("/admin/import", ["ADMIN"]);
  return (
    <>
      <h1 className="text-2xl font-bold">Import commitments from CSV</h1>
      <div className="mt-3 max-w-3xl space-y-2 text-sm text-slate-800">
        <p>
          Download <a href="/admin/export/commitments.csv" className="underline">commitments.csv with internal fields</a>,
          edit it in a spreadsheet, save it as <strong>CSV UTF-8 (comma delimited)</strong>, and upload it here (at
          most {MAX_IMPORT_LABEL} and {MAX_IMPORT_ROWS.toLocaleString("en-US")} rows). The preview counts the rows and
          shows every addition, every changed cell and every error, 50 rows to a page; nothing is written until you
          apply it, and then everything is written in one go or nothing.
        </p>
        <p>
          Rows are matched by <code>key</code>. A row whose <code>version</code> is older than the database&apos;s was
          changed by someone since the export: it is shown as a conflict and not applied. Columns read: {byUse("edit")};
          for a new commitment or deadline also {byUse("create")}. The others are computed and ignored. A row that
          changes the status says why in <code>status_reason</code>, as the form asks, and for Partly completed,
          Completed or Discontinued gives links in <code>evidence_urls</code> or the word <code>none</code>; the public
          history shows that reason under your name. The columns are described on <Link href="/export"
          className="underline">the open data page</Link>.
        </p>
      </div>
      <ImportForm />
    </>
  );
}
