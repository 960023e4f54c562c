import type { Metadata } from "next";
import { ImportForm } from "@/app/(site)/admin/import/_components/import-form";
import { requirePageActor } from "@/lib/auth/session";
import { COMMITMENT_COLUMNS } from "@/lib/domain/csv-columns";
import { formatNumber } from "@/lib/domain/format-number";
import { MAX_IMPORT_LABEL, MAX_IMPORT_ROWS } from "@/lib/domain/import-limit";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.staff.importPage.title };
}
export const dynamic = "force-dynamic";

const byUse = (use: string) => COMMITMENT_COLUMNS.filter((column) => column.import === use).map((column) => column.name).join(", ");

export default async function ImportPage() {
  await requirePageActor("/admin/import", ["ADMIN"]);
  const { locale, t } = await getCatalogue();
  const words = t.staff.importPage;
  return (
    <>
      <h1 className="text-2xl font-bold">{words.title}</h1>
      <div className="mt-3 max-w-3xl space-y-2 text-sm text-slate-800">
        <p>
          {words.download} <a href="/admin/export/commitments.csv" className="underline">{words.downloadLink}</a>
          {words.steps(MAX_IMPORT_LABEL, formatNumber(MAX_IMPORT_ROWS, locale))}
        </p>
        <p>
          {words.matching(byUse("edit"), byUse("create"))} <Link href="/export" className="underline">{words.openData}</Link>.
        </p>
      </div>
      <ImportForm />
    </>
  );
}
