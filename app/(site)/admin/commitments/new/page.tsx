import type { Metadata } from "next";
import { CommitmentFieldsForm } from "@/app/(site)/admin/commitments/_components/commitment-fields-form";
import { requirePageActor } from "@/lib/auth/session";
import { listCommitmentFormChoices } from "@/lib/data/reference-lists";
import { pillarChoices } from "@/lib/i18n/pillar-label";
import { getCatalogue } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.staff.fieldsForm.newTitle };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** ?source=<document key>&passage=<words> come from a document's page, where staff selected the passage. */
export default async function NewCommitmentPage({ searchParams }: Props) {
  await requirePageActor("/admin/commitments/new", ["ADMIN"]);
  const query = await searchParams;
  const one = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : "");
  const choices = await listCommitmentFormChoices();
  const { locale, t } = await getCatalogue();
  const chosen = choices.declarations.find((document) => document.key === one("source")) ?? choices.declarations[0];
  if (!chosen) return <p>{t.staff.fieldsForm.noDeclaration}</p>;
  return (
    <>
      <h1 className="text-2xl font-bold">{t.staff.fieldsForm.newTitle}</h1>
      <div className="mt-4">
        <CommitmentFieldsForm countries={choices.countries} parents={choices.parents}
          pillars={pillarChoices(choices.pillars.filter((pillar) => pillar.frameworkId === chosen.frameworkId), t, locale)}
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
