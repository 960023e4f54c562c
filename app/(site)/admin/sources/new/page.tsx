import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { listFrameworkChoices } from "@/lib/data/source-documents";
import { getCatalogue } from "@/lib/i18n/server";
import { SourceDocumentForm } from "../_components/source-document-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.staff.sources.register };
}
export const dynamic = "force-dynamic";

export default async function NewSourceDocumentPage() {
  await requirePageActor("/admin/sources/new", ["ADMIN"]);
  const frameworks = await listFrameworkChoices();
  const { t } = await getCatalogue();
  return (
    <>
      <h1 className="text-2xl font-bold">{t.staff.sources.register}</h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t.staff.sources.registerText}</p>
      <div className="mt-4"><SourceDocumentForm frameworks={frameworks} /></div>
    </>
  );
}
