import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { STATUSES } from "@/lib/domain/status";
import { StatusSwatch } from "@/components/ui/status-swatch";

/** A status as its colour, symbol and name; the name is dark on white, so it reads at AA whatever the colour. */
export function StatusBadge({ status }: { status: CommitmentStatus }) {
  const info = STATUSES[status];
  return (
    <span
      className="inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-900 ring-1 ring-inset ring-slate-400"
      title={info.meaning}
    >
      <StatusSwatch status={status} />
      <span aria-hidden="true">{info.icon}</span>
      {info.label}
    </span>
  );
}
