import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { listSourceDocuments } from "@/lib/data/source-documents";
import { formatDay } from "@/lib/domain/format-instant";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.staff.sources.title };
}
export const dynamic = "force-dynamic";

export default async function AdminSourcesPage() {
  await requirePageActor("/admin/sources", ["ADMIN"]);
  const documents = await listSourceDocuments();
  const timeZone = env().APP_TIME_ZONE;
  const { locale, t } = await getCatalogue();
  return (
    <>
      <h1 className="text-2xl font-bold">{t.staff.sources.title}</h1>
      <p className="mt-2"><Link href="/admin/sources/new" className="font-medium underline">{t.staff.sources.register}</Link></p>
      <ul className="mt-4 space-y-3">
        {documents.map((document) => (
          <li key={document.key}>
            <Link href={`/admin/sources/${document.key}`} className="font-medium underline"><bdi>{document.sourceTitle}</bdi></Link>
            <span className="text-sm text-slate-700"> · {document.framework} · {formatDay(document.publishedAt, timeZone, locale)} ·{" "}
              {t.sources.accounted(document.sentencesMarked, document.sentences)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
