import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveForm } from "@/app/(site)/admin/commitments/_components/archive-form";
import { CommitmentFieldsForm } from "@/app/(site)/admin/commitments/_components/commitment-fields-form";
import { ContinuationForm } from "@/app/(site)/admin/commitments/_components/continuation-form";
import { requirePageActor } from "@/lib/auth/session";
import { getAdminCommitment } from "@/lib/data/admin-commitments";
import { listCommitmentFormChoices } from "@/lib/data/reference-lists";
import { pillarChoices } from "@/lib/i18n/pillar-label";
import { getCatalogue } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.staff.fieldsForm.editPageTitle };
}
export const dynamic = "force-dynamic";

export default async function EditCommitmentPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  await requirePageActor(`/admin/commitments/${encodeURIComponent(key)}/edit`, ["ADMIN"]);
  const commitment = /^[a-z0-9-]{1,80}$/.test(key) ? await getAdminCommitment(key) : null;
  if (!commitment) notFound();
  const choices = await listCommitmentFormChoices();
  // The list holds commitments that are not archived; an archived one linked already stays offered, so a save keeps it.
  const linked = commitment.continues;
  const continuationChoices = [
    ...(linked && !choices.commitments.some((choice) => choice.key === linked.key) ? [linked] : []),
    ...choices.commitments.filter((choice) => choice.key !== commitment.key),
  ];
  const { locale, t } = await getCatalogue();
  const words = t.staff.fieldsForm;
  const lead = commitment.countries.find((country) => country.role === "LEAD");
  // Hosts and the other leads of a joint announcement: the form cannot show them, and the save keeps them.
  const kept = commitment.countries.filter((country) => country.role === "HOST" || (country.role === "LEAD" && country !== lead));
  return (
    <>
      <h1 className="text-2xl font-bold">{words.editTitle} <bdi>{commitment.title}</bdi></h1>
      {kept.length > 0 && (
        <p className="mt-2 text-sm text-slate-700">
          {words.keptCountries(kept.map((country) =>
            `${country.country.name}, ${country.role === "HOST" ? words.host : words.jointLead}`).join("; "))}
        </p>
      )}
      <div className="mt-4">
        <CommitmentFieldsForm pillars={pillarChoices(choices.pillars, t, locale)} countries={choices.countries}
          parents={choices.parents.filter((parent) => parent.key !== commitment.key)}
          defaults={{
            commitmentId: commitment.id, expectedVersion: commitment.version, declarationId: "", key: commitment.key,
            title: commitment.title, description: commitment.description,
            titleEs: commitment.translations[0]?.title ?? "", descriptionEs: commitment.translations[0]?.description ?? "",
            sourceText: commitment.sourceText,
            sourceSection: commitment.sourceSection, pillarId: commitment.pillarId ?? "", type: commitment.type,
            leadCountry: lead?.country.code ?? "",
            partnerCountries: commitment.countries.filter((c) => c.role === "PARTNER").map((c) => c.country.code),
            collectiveActor: commitment.collectiveActor ?? "", parentKey: commitment.parent?.key ?? "",
          }} />
      </div>
      <section aria-labelledby="chain" className="mt-10 rounded border border-slate-300 p-4">
        <h2 id="chain" className="text-lg font-semibold">{t.commitmentForm.chainHeading}</h2>
        <p className="mt-1 text-sm text-slate-700">{t.commitmentForm.chainHint}</p>
        <ContinuationForm commitmentId={commitment.id} version={commitment.version}
          continuesKey={commitment.continues?.key ?? ""} continuation={commitment.continuation ?? ""}
          commitments={continuationChoices} />
      </section>
      <section aria-labelledby="archive" className="mt-10 rounded border border-slate-300 p-4">
        <h2 id="archive" className="text-lg font-semibold">{commitment.archivedAt ? words.restore : words.archive}</h2>
        <p className="mt-1 text-sm text-slate-700">{words.archiveText}</p>
        <ArchiveForm commitmentId={commitment.id} version={commitment.version} archived={commitment.archivedAt !== null} />
      </section>
    </>
  );
}
