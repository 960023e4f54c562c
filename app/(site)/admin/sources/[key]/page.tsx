import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MarkedSource } from "@/components/public/marked-source";
import { requirePageActor } from "@/lib/auth/session";
import { getPublicSource } from "@/lib/data/public-sources";
import { listCommitmentFormChoices } from "@/lib/data/reference-lists";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";
import { PassagePicker } from "./_components/passage-picker";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.staff.sources.documentTitle };
}
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminSourcePage({ params, searchParams }: Props) {
  const { key } = await params;
  await requirePageActor(`/admin/sources/${key}`, ["ADMIN"]);
  const source = /^[a-z0-9-]{1,80}$/.test(key) ? await getPublicSource(key) : null;
  if (!source) notFound();
  const [{ commitments }, query] = await Promise.all([listCommitmentFormChoices(), searchParams]);
  const { t, locale } = await getCatalogue();
  return (
    <>
      <p className="text-sm">{source.framework.name} · {source.meetingName}</p>
      <h1 className="mt-1 text-2xl font-bold"><bdi>{source.sourceTitle}</bdi></h1>
      {query.registered === "1" && (
        <p role="status" className="mt-2 rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t.sources.registered(source.sourceTitle)}
        </p>
      )}
      <p className="mt-2 font-semibold" data-testid="accounted">
        {t.sources.accounted(source.sentencesMarked, source.sentences)}
        {source.sentences > 0 && ` (${Math.round((100 * source.sentencesMarked) / source.sentences)}%)`}
      </p>
      <p className="text-sm"><Link href={`/sources/${source.key}`} className="underline">{t.staff.sources.publicPage}</Link></p>
      <div className="mt-4 grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div id="document-text"><MarkedSource source={source} page={{ locale, reportOn: t.sources.reportOn }} /></div>
        <div className="lg:sticky lg:top-4 lg:self-start"><PassagePicker documentKey={source.key} commitments={commitments} /></div>
      </div>
    </>
  );
}
