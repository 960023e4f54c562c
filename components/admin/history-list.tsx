import { STATUSES } from "@/lib/domain/status";
import { closedWithoutEvidence } from "@/lib/domain/update-rules";
import { describeDeadlineChange } from "@/lib/domain/deadline-change";
import type { AdminCommitment } from "@/lib/data/admin-commitments";
import { formatDay, formatInstant } from "@/lib/domain/format-instant";

type Entry = AdminCommitment["updates"][number];

/** A commitment's history, newest first; notes are plain text, so markup in them shows as typed. */
export function HistoryList({ entries, sourceLabel, timeZone }: { entries: Entry[]; sourceLabel: string; timeZone: string }) {
  return (
    <ol className="space-y-4">
      {entries.map((entry) => (
        <li key={entry.id} id={`entry-${entry.id}`} className="rounded border border-slate-200 p-3" data-update={entry.id}>
          <div className="flex flex-wrap items-baseline gap-x-3 text-sm text-slate-700">
            <time dateTime={entry.createdAt.toISOString()}>{formatInstant(entry.createdAt, timeZone)}</time>
            <span className="font-medium text-slate-900">
              {entry.author?.displayName ?? (entry.source === "SEED" ? sourceLabel : "CSV import")}
            </span>
            <span className={entry.visibility === "INTERNAL" ? "rounded bg-amber-100 px-1 text-amber-900" : "rounded bg-slate-100 px-1"}>
              {entry.visibility === "INTERNAL" ? "Internal" : "Public"}
            </span>
          </div>
          {entry.corrects && (
            <p className="mt-1 text-sm">
              Corrects the entry of <a href={`#entry-${entry.corrects.id}`} className="underline">{formatDay(entry.corrects.createdAt, timeZone)}</a>
            </p>
          )}
          {entry.newStatus && (
            <p className="mt-1">
              Status {entry.oldStatus ? `changed from ${STATUSES[entry.oldStatus].label} to ` : "recorded as "}
              <strong>{STATUSES[entry.newStatus].label}</strong>
              {entry.statusReason && <>: <span className="whitespace-pre-line">{entry.statusReason}</span></>}
            </p>
          )}
          {entry.deadlineChanges.map((change, index) => (
            <p key={index} className="mt-1">
              {change.label}: {describeDeadlineChange(change.old, change.new)}
            </p>
          ))}
          {entry.valueReached && entry.target && (
            <p className="mt-1">{entry.target.label}: {Number(entry.valueReached).toLocaleString("en-US")} {entry.target.unit} reached</p>
          )}
          {entry.note && <p lang={entry.noteLang} className="mt-1 whitespace-pre-line">{entry.note}</p>}
          {closedWithoutEvidence(entry) && <p className="mt-1 text-sm italic">No evidence link was given.</p>}
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
