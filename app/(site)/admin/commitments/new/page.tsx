import type { Metadata } from "next";
import { CommitmentFieldsForm } from "@/app/(site)/admin/commitments/_components/commitment-fields-form";
import { requirePageActor } from "@/lib/auth/session";
import { listCommitmentFormChoices } from "@/lib/data/reference-lists";

export const metadata: Metadata = { title: "New commitment" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** ?source=<document key>&passage=<words> come from a document's page, where staff selected the passage. */
export default async function NewCommitmentPage({ searchParams }: Props) {
  await requirePageActor("/admin/commitments/new", ["ADMIN"]);
  const query = await searchParams;
  const one = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : "");
  const choices = await listCommitmentFormChoices();
  const chosen = choices.declarations.find((document) => document.key === one("source")) ?? choices.declarations[0];
  if (!chosen) return <p>Load a declaration first (npm run db:seed).</p>;
  return (
    <>
      <h1 className="text-2xl font-bold">New commitment</h1>
      <div className="mt-4">
        <CommitmentFieldsForm countries={choices.countries} parents={choices.parents}
          pillars={choices.pillars.filter((pillar) => pillar.frameworkId === chosen.frameworkId)}
          create={{
            documents: choices.declarations.map((document) => ({ id: document.id, title: document.sourceTitle,
              framework: document.framework.shortName || document.framework.name })),
            commitments: choices.commitments,
          }}
          defaults={{ declarationId: chosen.id, key: "", title: "", description: "", titleEs: "", descriptionEs: "", sourceText: one("passage").slice(0, 10_000),
            sourceSection: "", pillarId: "", type: "", leadCountry: "", partnerCountries: [], collectiveActor: "",
            parentKey: "", continuesKey: "", continuation: "" }} />
      </div>
    </>
  );
}
