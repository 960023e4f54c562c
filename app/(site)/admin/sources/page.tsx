import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listSourceDocuments } from "@/lib/data/source-documents";
import { formatDay } from "@/lib/domain/format-instant";
import { env } from "@/lib/env";
import { messages } from "@/lib/messages/en";

export const metadata: Metadata = { title: "Documents" };
export const dynamic = "force-dynamic";

export default async function AdminSourcesPage() {
  await requirePageActor("/admin/sources", ["ADMIN"]);
  const documents = await listSourceDocuments();
  const timeZone = env().APP_TIME_ZONE;
  return (
    <>
      <h1 className="text-2xl font-bold">Documents</h1>
      <p className="mt-2"><Link href="/admin/sources/new" className="font-medium underline">Register a document</Link></p>
      <ul className="mt-4 space-y-3">
        {documents.map((document) => (
          <li key={document.key}>
            <Link href={`/admin/sources/${document.key}`} className="font-medium underline"><bdi>{document.sourceTitle}</bdi></Link>
            <span className="text-sm text-slate-700"> · {document.framework} · {formatDay(document.publishedAt, timeZone)} ·{" "}
              {messages.sources.accounted(document.sentencesMarked, document.sentences)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
