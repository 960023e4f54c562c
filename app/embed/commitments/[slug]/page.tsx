import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeadlineText } from "@/components/ui/deadline-text";
import { StatusBadge } from "@/components/ui/status-badge";
import { TitleDateNote } from "@/components/ui/title-date-note";
import { getPublicCommitment } from "@/lib/data/public-commitments";
import { nextDeadline } from "@/lib/domain/next-deadline";
import { appToday } from "@/lib/env";
import { getCatalogue } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function CommitmentEmbed({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { locale, t, href } = await getCatalogue();
  // The card in the language its address asks for (/es/embed/...): the embedding site chose it for its readers.
  const commitment = /^[a-z0-9-]{1,80}$/.test(slug) ? await getPublicCommitment(slug, locale) : null;
  if (!commitment) notFound();
  const today = appToday();
  return (
    <article className="max-w-md rounded border border-slate-300 p-3">
      <h1 className="text-base font-semibold"><bdi lang={commitment.titleLang}>{commitment.title}</bdi></h1>
      <TitleDateNote title={commitment.title} deadlines={commitment.deadlines} />
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <StatusBadge status={commitment.status} />
        <span>{t.deadline.next}<DeadlineText deadline={nextDeadline(commitment.deadlines, today)} today={today} status={commitment.status} /></span>
      </p>
      <p className="mt-2">
        <a href={href(`/commitments/${commitment.key}`)} target="_blank" rel="noopener" className="text-blue-900 underline">
          {t.embedCard.details}
        </a>
      </p>
    </article>
  );
}
