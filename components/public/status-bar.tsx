import { STATUS_ORDER, STATUSES } from "@/lib/domain/status";
import { STATUS_FILL } from "@/lib/domain/status-palette";
import { StatusSwatch } from "@/components/ui/status-swatch";
import type { StatusCounts } from "@/lib/data/public-commitments";
import { getCatalogue } from "@/lib/i18n/server";

/**
 * A stacked bar of statuses; the numbers are written out beside it, so nothing rests on colour. Drawn as SVG with
 * attribute widths, so the Content-Security-Policy needs no inline styles for it.
 */
export async function StatusBar({ counts, label, legend = true }: { counts: StatusCounts; label: string; legend?: boolean }) {
  const { t } = await getCatalogue();
  const total = STATUS_ORDER.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const parts = STATUS_ORDER.filter((status) => (counts[status] ?? 0) > 0);
  const summary = parts.map((status) => `${counts[status]} ${t.status[status].label.toLowerCase()}`).join(", ");
  let offset = 0;
  return (
    <figure className="w-full">
      <svg role="img" aria-label={`${label}: ${summary || t.statusBar.none}`} viewBox="0 0 100 4" preserveAspectRatio="none"
        className="block h-3 w-full rounded bg-slate-100">
        {parts.map((status) => {
          const width = ((counts[status] ?? 0) / total) * 100;
          const x = offset;
          offset += width;
          return <rect key={status} x={x} y="0" width={width} height="4" fill={STATUS_FILL[status]} />;
        })}
      </svg>
      {legend && (
        <figcaption className="mt-1 text-xs text-slate-700">
          {parts.map((status) => (
            <span key={status} className="mr-3 inline-flex items-center gap-1 whitespace-nowrap">
              <StatusSwatch status={status} size={8} />
              <span aria-hidden="true">{STATUSES[status].icon}</span> {t.status[status].label}: {counts[status]}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
