import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommitmentTimeline } from "@/components/public/commitment-timeline";
import { CountryRoleList } from "@/components/public/country-role-list";
import { DeadlineList } from "@/components/public/deadline-list";
import { EmbedSnippet } from "@/components/public/embed-snippet";
import { FigureList } from "@/components/public/figure-list";
import { RecordNotes } from "@/components/public/record-notes";
import { UpdateTimeline } from "@/components/public/update-timeline";
import { StatusBadge } from "@/components/ui/status-badge";
import { getPublicCommitment, listPublicUpdates } from "@/lib/data/public-commitments";
import { formatDay } from "@/lib/domain/format-instant";
import { FRAMEWORK_GROUP } from "@/lib/domain/framework-group";
import { appToday, env } from "@/lib/env";
import { localizedAlternates } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { pillarLabel } from "@/lib/i18n/pillar-label";
import { currentLocale, getCatalogue } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** The commitment with its title and description in the page's language where a translation exists. */
async function commitmentFor(slug: string) {
  return /^[a-z0-9-]{1,80}$/.test(slug) ? getPublicCommitment(slug, await currentLocale()) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const commitment = await commitmentFor((await params).slug);
  if (!commitment) return { title: (await getCatalogue()).t.commitmentPage.notFound };
  return { title: commitment.title, description: commitment.description,
    alternates: await localizedAlternates(`/commitments/${commitment.key}/feed.xml`) };
}

export default async function CommitmentPage({ params }: Props) {
  const commitment = await commitmentFor((await params).slug);
  if (!commitment) notFound();
  const timeZone = env().APP_TIME_ZONE;
  const today = appToday();
  const { locale, t, href } = await getCatalogue();
  const words = t.commitmentPage;
  const pillar = pillarLabel(commitment.pillar, t, locale);
  const published = words.published(formatDay(commitment.declaration.publishedAt, timeZone, locale));
  const updates = await listPublicUpdates({ commitmentKey: commitment.key }, 1, 200, locale);

  return (
    <article>
      <p className="text-sm">
        {commitment.pillar
          ? <Link href={`/pillars/${commitment.pillar.slug}`} className="underline" lang={pillar.lang}>{pillar.name}</Link>
          : <><Link href={`/pillars/${FRAMEWORK_GROUP.slug}`} className="underline">{pillar.name}</Link> {words.frameworkWide}</>}
        {commitment.parent && <> · {words.partOf} <Link href={`/commitments/${commitment.parent.key}`} className="underline"><bdi lang={commitment.parent.titleLang}>{commitment.parent.title}</bdi></Link></>}
      </p>
      <h1 className="mt-2 text-3xl font-bold"><bdi lang={commitment.titleLang}>{commitment.title}</bdi></h1>
      <RecordNotes commitment={commitment} />
      <p className="mt-3 flex flex-wrap items-center gap-2">
        <StatusBadge status={commitment.status} />
        <span className="text-sm text-slate-700">{words.since(formatDay(commitment.statusChangedAt, timeZone, locale))}</span>
      </p>
      <p lang={commitment.descriptionLang} className="mt-4 max-w-3xl text-lg">{commitment.description}</p>

      <section aria-labelledby="source" className="mt-6">
        <h2 id="source" className="text-xl font-semibold">{words.source}</h2>
        {/* The source as published, in its own language: never translated. */}
        <blockquote lang={commitment.declaration.sourceLang} className="mt-2 max-w-3xl border-l-4 border-slate-300 pl-4">
          <p>“{commitment.sourceText}”</p>
        </blockquote>
        <p className="mt-2 text-sm">
          <Link href={`/sources/${commitment.declaration.key}#passage-${commitment.key}`} className="text-blue-900 underline">
            {words.readPassage}
          </Link>
        </p>
        <p className="mt-2 text-sm">
          <a href={commitment.declaration.sourceUrl} className="text-blue-900 underline" rel="noopener noreferrer"
            lang={commitment.declaration.sourceLang}>
            {commitment.declaration.sourceTitle}
          </a>{published[0]}<bdi lang={commitment.declaration.sourceLang}>{commitment.sourceSection}</bdi>{published[1]}
        </p>
        {commitment.links.length > 0 && (
          <ul className="mt-2 list-inside list-disc text-sm">
            {commitment.links.map((link) => (
              <li key={link.url}><a href={link.url} className="text-blue-900 underline" rel="noopener noreferrer" lang="en">{link.label}</a></li>
            ))}
          </ul>
        )}
      </section>

      {(commitment.chain.continues || commitment.chain.continuedBy.length > 0) && (
        <section aria-labelledby="chain" className="mt-6" data-testid="chain">
          <h2 id="chain" className="text-xl font-semibold">{t.chain.heading}</h2>
          <ul className="mt-2 max-w-3xl space-y-1 text-sm">
            {commitment.chain.continues && (
              <li>{t.publicChain.continues(t.chain.kinds[commitment.chain.continues.kind])}{" "}
                <Link href={`/commitments/${commitment.chain.continues.key}`} className="text-blue-900 underline">
                  <bdi lang="en">{commitment.chain.continues.title}</bdi></Link> (<bdi lang="en">{commitment.chain.continues.documentTitle}</bdi>).</li>
            )}
            {commitment.chain.continuedBy.map((link) => (
              <li key={link.key}>{t.publicChain.continuedBy(t.chain.kindsFrom[link.kind])}{" "}
                <Link href={`/commitments/${link.key}`} className="text-blue-900 underline"><bdi lang="en">{link.title}</bdi></Link>{" "}
                (<bdi lang="en">{link.documentTitle}</bdi>).</li>
            ))}
          </ul>
        </section>
      )}

      <div className="mt-8 grid gap-8 md:grid-cols-3">
        <section aria-labelledby="who">
          <h2 id="who" className="text-xl font-semibold">{words.whoActs}</h2>
          <CountryRoleList countries={commitment.countries} collectiveActor={commitment.collectiveActor} />
        </section>
        <section aria-labelledby="when">
          <h2 id="when" className="text-xl font-semibold">{words.deadlines}</h2>
          <DeadlineList deadlines={commitment.deadlines} today={today} status={commitment.status} />
        </section>
        <section aria-labelledby="targets">
          <h2 id="targets" className="text-xl font-semibold">{words.figures}</h2>
          <FigureList targets={commitment.targets} timeZone={timeZone} />
        </section>
      </div>

      {commitment.children.length > 0 && (
        <section aria-labelledby="parts" className="mt-8">
          <h2 id="parts" className="text-xl font-semibold">{words.subCommitments}</h2>
          <ul className="mt-2 space-y-2">
            {commitment.children.map((child) => (
              <li key={child.key} className="flex flex-wrap items-center gap-2">
                <Link href={`/commitments/${child.key}`} className="text-blue-900 underline"><bdi lang={child.titleLang}>{child.title}</bdi></Link>
                <StatusBadge status={child.status} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="picture" className="mt-8">
        <h2 id="picture" className="text-xl font-semibold">{words.timeline}</h2>
        <div className="mt-3">
          <CommitmentTimeline announcedAt={commitment.declaration.publishedAt} today={today} timeZone={timeZone}
            status={commitment.status} updates={updates.rows}
            deadlines={commitment.deadlines.filter((deadline) => deadline.kind !== "REFERENCE")} />
        </div>
      </section>

      <section aria-labelledby="timeline" className="mt-8">
        <h2 id="timeline" className="text-xl font-semibold">{words.publicHistory}</h2>
        <p className="mt-1 text-sm">
          <a href={href(`/commitments/${commitment.key}/feed.xml`)} className="text-blue-900 underline">{words.follow}</a>
        </p>
        <EmbedSnippet embedPath={`/embed/commitments/${commitment.key}`} title={commitment.title} height={180} />
        <div className="mt-3"><UpdateTimeline updates={updates.rows} timeZone={timeZone} showCommitment={false} /></div>
      </section>
    </article>
  );
}
