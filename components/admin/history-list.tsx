import { closedWithoutEvidence } from "@/lib/domain/update-rules";
import { deadlineChange } from "@/lib/domain/deadline-change";
import type { AdminCommitment } from "@/lib/data/admin-commitments";
import { formatDay, formatInstant } from "@/lib/domain/format-instant";
import { formatNumber } from "@/lib/domain/format-number";
import { getCatalogue } from "@/lib/i18n/server";

type Entry = AdminCommitment["updates"][number];

/** A commitment's history, newest first; notes are plain text, so markup in them shows as typed. */
export async function HistoryList({ entries, sourceLabel, timeZone }: { entries: Entry[]; sourceLabel: string; timeZone: string }) {
  const { locale, t } = await getCatalogue();
  const words = t.staff.history;
  return (
    <ol className="space-y-4">
      {entries.map((entry) => (
        <li key={entry.id} id={`entry-${entry.id}`} className="rounded border border-slate-200 p-3" data-update={entry.id}>
          <div className="flex flex-wrap items-baseline gap-x-3 text-sm text-slate-700">
            <time dateTime={entry.createdAt.toISOString()}>{formatInstant(entry.createdAt, timeZone, locale)}</time>
            <span className="font-medium text-slate-900">
              {entry.author?.displayName ?? (entry.source === "SEED" ? sourceLabel : words.imported)}
            </span>
            <span className={entry.visibility === "INTERNAL" ? "rounded bg-amber-100 px-1 text-amber-900" : "rounded bg-slate-100 px-1"}>
              {entry.visibility === "INTERNAL" ? words.internal : words.public}
            </span>
          </div>
          {entry.corrects && (
            <p className="mt-1 text-sm">
              {t.history.corrects} <a href={`#entry-${entry.corrects.id}`} className="underline">
                {formatDay(entry.corrects.createdAt, timeZone, locale)}</a>
            </p>
          )}
          {entry.newStatus && (
            <p className="mt-1">
              {entry.oldStatus ? t.history.statusChanged(t.status[entry.oldStatus].label) : t.history.statusRecorded}
              <strong>{t.status[entry.newStatus].label}</strong>
              {entry.statusReason && <>: <span className="whitespace-pre-line">{entry.statusReason}</span></>}
            </p>
          )}
          {entry.deadlineChanges.map((change, index) => {
            const { kind, from, to } = deadlineChange(change.old, change.new, locale);
            return <p key={index} className="mt-1">{change.label}: {t.history.deadlineChange[kind](from, to)}</p>;
          })}
          {entry.valueReached && entry.target && (
            <p className="mt-1">
              {words.reachedValue(entry.target.label, formatNumber(Number(entry.valueReached), locale), entry.target.unit)}
            </p>
          )}
          {entry.note && <p lang={entry.noteLang} className="mt-1 whitespace-pre-line">{entry.note}</p>}
          {closedWithoutEvidence(entry) && <p className="mt-1 text-sm italic">{t.history.noEvidence}</p>}
          {entry.evidenceUrls.length > 0 && (
            <ul className="mt-1 list-inside list-disc text-sm">
              {entry.evidenceUrls.map((url) => (
                <li key={url}><a href={url} rel="noopener noreferrer nofollow" className="break-all text-blue-900 underline">{url}</a></li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
