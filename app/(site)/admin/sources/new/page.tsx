import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { listFrameworkChoices } from "@/lib/data/source-documents";
import { SourceDocumentForm } from "../_components/source-document-form";

export const metadata: Metadata = { title: "Register a document" };
export const dynamic = "force-dynamic";

export default async function NewSourceDocumentPage() {
  await requirePageActor("/admin/sources/new", ["ADMIN"]);
  const frameworks = await listFrameworkChoices();
  return (
    <>
      <h1 className="text-2xl font-bold">Register a document</h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">
        A fact sheet or statement of a framework's meeting. Paste its full text as published: every commitment made from
        it quotes its words, checked word for word, and the public reads it whole with those passages marked.
      </p>
      <div className="mt-4"><SourceDocumentForm frameworks={frameworks} /></div>
    </>
  );
}
