import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { STATUSES } from "@/lib/domain/status";
import { StatusSwatch } from "@/components/ui/status-swatch";
import { getCatalogue } from "@/lib/i18n/server";

/** A status as its colour, symbol and name; the name is dark on white, so it reads at AA whatever the colour. */
export async function StatusBadge({ status }: { status: CommitmentStatus }) {
  const { t } = await getCatalogue();
  return (
    <span
      className="inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-900 ring-1 ring-inset ring-slate-400"
      title={t.status[status].meaning}
    >
      <StatusSwatch status={status} />
      <span aria-hidden="true">{STATUSES[status].icon}</span>
      {t.status[status].label}
    </span>
  );
}
