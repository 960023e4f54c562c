import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryList } from "@/components/admin/history-list";
import { ProgressUpdateForm } from "@/app/(site)/admin/commitments/[key]/_components/progress-update-form";
import { DeadlineText } from "@/components/ui/deadline-text";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { getAdminCommitment } from "@/lib/data/admin-commitments";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { formatDay, formatInstant } from "@/lib/domain/format-instant";
import { formatNumber } from "@/lib/domain/format-number";
import { formatTarget } from "@/lib/domain/target-text";
import { canWriteCommitment } from "@/lib/domain/permissions";
import { appToday, env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { pillarLabel } from "@/lib/i18n/pillar-label";
import { getCatalogue } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.staff.commitment.title };
}
export const dynamic = "force-dynamic";

export default async function AdminCommitmentPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const actor = await requirePageActor(`/admin/commitments/${encodeURIComponent(key)}`);
  const commitment = /^[a-z0-9-]{1,80}$/.test(key) ? await getAdminCommitment(key) : null;
  if (!commitment) notFound();
  const timeZone = env().APP_TIME_ZONE;
  const today = appToday();
  const { locale, t } = await getCatalogue();
  const words = t.staff.commitment;
  const pillar = commitment.pillar && pillarLabel(commitment.pillar, t, locale);
  const writable = !commitment.archivedAt && canWriteCommitment(actor, {
    pillarId: commitment.pillarId,
    countryCodes: commitment.countries.map(({ country }) => country.code),
  });

  return (
    <article>
      <p className="text-sm"><Link href="/admin/commitments" className="underline">{words.all}</Link></p>
      <h1 className="mt-2 text-2xl font-bold"><bdi>{commitment.title}</bdi></h1>
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        <StatusBadge status={commitment.status} />
        <span>{words.since(formatDay(commitment.statusChangedAt, timeZone, locale))}</span>
        {pillar ? <span lang={pillar.lang}>{pillar.name}</span> : <span>{`${t.frameworkGroup.name} ${words.frameworkWide}`}</span>}
        {commitment.isGroup && <span className="rounded bg-zinc-200 px-1">{words.group}</span>}
        <span>{words.version(commitment.version)}</span>
        {commitment.archivedAt && <span className="rounded bg-zinc-200 px-1">{t.staff.archived}</span>}
        {actor.role === "ADMIN" && (
          <Link href={`/admin/commitments/${commitment.key}/edit`} className="underline">{words.edit}</Link>
        )}
      </div>
      {commitment.parent && (
        <p className="mt-2 text-sm">{words.partOf} <Link className="underline" href={`/admin/commitments/${commitment.parent.key}`}><bdi>{commitment.parent.title}</bdi></Link></p>
      )}
      <p className="mt-4 max-w-3xl">{commitment.description}</p>
      <blockquote className="mt-4 max-w-3xl border-l-4 border-slate-300 pl-4 text-slate-800">
        <p>“{commitment.sourceText}”</p>
        <footer className="mt-1 text-sm">
          <a href={commitment.declaration.sourceUrl} className="underline" rel="noopener noreferrer">
            {commitment.declaration.sourceTitle}
          </a>{words.section(commitment.sourceSection)}
        </footer>
      </blockquote>

      <section aria-labelledby="facts" className="mt-6 grid gap-6 sm:grid-cols-3">
        <h2 id="facts" className="sr-only">{words.facts}</h2>
        <div>
          <h3 className="font-semibold">{words.countries}</h3>
          <ul className="text-sm">
            {commitment.countries.map(({ role, country }) => (
              <li key={country.code}>{country.name} ({t.roles[role]})</li>
            ))}
            {commitment.countries.length === 0 && <li>{commitment.collectiveActor ?? words.noneNamed}</li>}
          </ul>
        </div>
        <div>
          <h3 className="font-semibold">{words.deadlines}</h3>
          <ul className="text-sm">
            {commitment.deadlines.map((deadline) => (
              <li key={deadline.id}>
                {deadline.label}:{" "}
                {deadline.kind === "REFERENCE"
                  ? <time dateTime={deadline.date}>{formatPreciseDate(deadline, locale)}</time>
                  : <DeadlineText deadline={deadline} today={today} status={commitment.status} />}
                {deadline.inferred && <span className="block text-slate-700">{words.inferred} {deadline.inferenceNote}</span>}
              </li>
            ))}
            {commitment.deadlines.length === 0 && <li>{t.staff.noneGiven}</li>}
          </ul>
        </div>
        <div>
          <h3 className="font-semibold">{words.targets}</h3>
          <ul className="text-sm">
            {commitment.targets.map((target) => (
              <li key={target.id}>
                {target.label}: {formatTarget({ ...target, value: target.value === null ? null : Number(target.value) })}
                {" "}<span className="text-slate-700">({words.figureKinds[target.kind]})</span>
                {target.currentValue && words.reached(formatNumber(Number(target.currentValue), locale))}
              </li>
            ))}
            {commitment.targets.length === 0 && <li>{t.staff.noneGiven}</li>}
          </ul>
        </div>
      </section>

      {commitment.children.length > 0 && (
        <section className="mt-6">
          <h2 className="text-lg font-semibold">{words.subCommitments}</h2>
          <ul className="mt-2 space-y-1">
            {commitment.children.map((child) => (
              <li key={child.key} className="flex items-center gap-2">
                <Link href={`/admin/commitments/${child.key}`} className="underline"><bdi>{child.title}</bdi></Link>
                <StatusBadge status={child.status} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="log-update" className="mt-8">
        <h2 id="log-update" className="text-lg font-semibold">{words.logUpdate}</h2>
        {writable ? (
          <div className="mt-3">
            <ProgressUpdateForm commitment={{
              id: commitment.id,
              version: commitment.version,
              status: commitment.status,
              deadlines: commitment.deadlines.filter((deadline) => deadline.kind !== "REFERENCE"),
              targets: commitment.targets.filter((target) => target.kind !== "CONTEXT"),
              entries: commitment.updates.map((update) => ({
                id: update.id,
                label: `${formatInstant(update.createdAt, timeZone, locale)}, ${update.author?.displayName ?? words.sourceAuthor}: ${
                  (update.note ?? update.statusReason ?? words.entryFallback).slice(0, 60)}`,
              })),
            }} noteLang={locale} />
          </div>
        ) : (
          <p className="mt-2 text-sm text-slate-700">
            {commitment.archivedAt ? words.archivedNoUpdates
              : actor.role === "VIEWER" ? words.viewersRead
              : t.commitment.outsideScope}
          </p>
        )}
      </section>

      <section aria-labelledby="history" className="mt-8">
        <h2 id="history" className="text-lg font-semibold">{words.history}</h2>
        <div className="mt-3">
          <HistoryList entries={commitment.updates} sourceLabel={t.history.sources.SEED} timeZone={timeZone} />
        </div>
      </section>
    </article>
  );
}
