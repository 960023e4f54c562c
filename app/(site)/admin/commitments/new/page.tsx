import type { Metadata } from "next";
import { CommitmentFieldsForm } from "@/app/(site)/admin/commitments/_components/commitment-fields-form";
import { requirePageActor } from "@/lib/auth/session";
import { listCommitmentFormChoices } from "@/lib/data/reference-lists";

export const metadata: Metadata = { title: "New commitment" };
export const dynamic = "force-dynamic";

export default async function NewCommitmentPage() {
  await requirePageActor("/admin/commitments/new", ["ADMIN"]);
  const choices = await listCommitmentFormChoices();
  const declaration = choices.declarations[0];
  if (!declaration) return <p>Load a declaration first (npm run db:seed).</p>;
  return (
    <>
      <h1 className="text-2xl font-bold">New commitment</h1>
      <p className="mt-2 text-sm text-slate-700">Added to: {declaration.name}</p>
      <div className="mt-4">
        <CommitmentFieldsForm pillars={choices.pillars} countries={choices.countries} parents={choices.parents}
          defaults={{ declarationId: declaration.id, key: "", title: "", description: "", titleEs: "", descriptionEs: "", sourceText: "",
            sourceSection: "", pillarId: "", type: "", leadCountry: "", partnerCountries: [], collectiveActor: "",
            parentKey: "" }} />
      </div>
    </>
  );
}
