import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MarkedSource } from "@/components/public/marked-source";
import { getPublicSource } from "@/lib/data/public-sources";
import { formatDay } from "@/lib/domain/format-instant";
import { env } from "@/lib/env";
import { getCatalogue } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ key: string }> };

async function sourceFor(key: string) {
  return /^[a-z0-9-]{1,80}$/.test(key) ? getPublicSource(key) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await sourceFor((await params).key);
  const { t } = await getCatalogue();
  // Its own framework's words, not the site's default (which names a framework only when there is one).
  return { title: source?.sourceTitle ?? t.sourcePage.notFound,
    ...(source ? { description: t.site.description(source.framework.name) } : {}) };
}

export default async function SourcePage({ params }: Props) {
  const source = await sourceFor((await params).key);
  if (!source) notFound();
  const timeZone = env().APP_TIME_ZONE;
  const { locale, t } = await getCatalogue();
  const words = { ...t.sources, ...t.sourcePage };
  return (
    <article>
      {/* The framework and the meeting as their documents name them: English, with no translation. */}
      <p lang={source.sourceLang} className="text-sm">{source.framework.name} · {source.meetingName}{source.meetingPlace && <>, {source.meetingPlace}</>}</p>
      <h1 className="mt-2 text-3xl font-bold"><bdi lang={source.sourceLang}>{source.sourceTitle}</bdi></h1>
      <p className="mt-2 text-sm">
        {source.sourcePublisher && <><bdi lang={source.sourceLang}>{source.sourcePublisher}</bdi>, </>}
        {words.published(formatDay(source.publishedAt, timeZone, locale))} ·{" "}
        <a href={source.sourceUrl} className="text-blue-900 underline" rel="noopener noreferrer">{words.original}</a>
      </p>
      <p className="mt-4 max-w-3xl">
        {words.intro[0]}<mark className="bg-yellow-100">{words.intro[1]}</mark>{words.intro[2]}
      </p>
      <p className="mt-2 font-semibold" data-testid="accounted">
        {words.accounted(source.sentencesMarked, source.sentences)}
      </p>
      {source.unmatched.length > 0 && (
        <section aria-labelledby="unmatched" className="mt-4 max-w-3xl rounded border border-amber-400 bg-amber-50 p-3">
          <h2 id="unmatched" className="font-semibold">{words.unmatched}</h2>
          <ul className="mt-1 list-inside list-disc">
            {source.unmatched.map((key) => {
              const target = source.commitments.get(key);
              return (
                <li key={key}><Link href={`/commitments/${target?.key ?? key}`} className="text-blue-900 underline">
                  <bdi lang={target?.titleLang}>{target?.title ?? key}</bdi></Link>{target?.report && <> ({words.reportOn})</>}</li>
              );
            })}
          </ul>
        </section>
      )}
      <section aria-label={words.fullText} className="mt-6">
        <MarkedSource source={source} page={{ locale, reportOn: words.reportOn }} />
      </section>
    </article>
  );
}
