import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { STATUS_ORDER, STATUSES } from "@/lib/domain/status";
import type { StatusCounts } from "@/lib/data/public-commitments";

const FILLS: Record<CommitmentStatus, string> = {
  NO_INFORMATION: "bg-slate-300", NOT_STARTED: "bg-sky-300", IN_PROGRESS: "bg-blue-600", AT_RISK: "bg-amber-500",
  PARTLY_COMPLETED: "bg-teal-500", COMPLETED: "bg-green-700", DISCONTINUED: "bg-zinc-500",
};

/** A stacked bar of statuses; the numbers are written out beside it, so nothing rests on colour. */
export function StatusBar({ counts, label }: { counts: StatusCounts; label: string }) {
  const total = STATUS_ORDER.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const parts = STATUS_ORDER.filter((status) => (counts[status] ?? 0) > 0);
  const summary = parts.map((status) => `${counts[status]} ${STATUSES[status].label.toLowerCase()}`).join(", ");
  return (
    <figure className="w-full">
      <div className="flex h-3 w-full overflow-hidden rounded bg-slate-100" role="img" aria-label={`${label}: ${summary}`}>
        {parts.map((status) => (
          <div key={status} className={FILLS[status]} style={{ width: `${((counts[status] ?? 0) / total) * 100}%` }} />
        ))}
      </div>
      <figcaption className="mt-1 text-xs text-slate-700">
        {parts.map((status) => (
          <span key={status} className="mr-3 inline-flex items-center gap-1 whitespace-nowrap">
            <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-sm ${FILLS[status]}`} />
            <span aria-hidden="true">{STATUSES[status].icon}</span> {STATUSES[status].label}: {counts[status]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
