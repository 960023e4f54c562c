import { StatusSwatch } from "@/components/ui/status-swatch";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { STATUS_ORDER, STATUSES } from "@/lib/domain/status";
import { STATUS_FILL } from "@/lib/domain/status-palette";
import type { StatusSnapshot } from "@/lib/domain/status-history";
import { getCatalogue } from "@/lib/i18n/server";

const WIDTH = 640;
const HEIGHT = 160;

/** Statuses at the end of each month as stacked columns, drawn on the server; the figures are in a table below. */
export async function StatusHistoryChart({ snapshots }: { snapshots: StatusSnapshot[] }) {
  const { locale, t } = await getCatalogue();
  if (snapshots.length === 0) return null;
  const totals = snapshots.map((snapshot) => STATUS_ORDER.reduce((sum, status) => sum + (snapshot.counts[status] ?? 0), 0));
  const top = Math.max(1, ...totals);
  const column = (WIDTH - 8) / snapshots.length;
  const used = STATUS_ORDER.filter((status) => snapshots.some((snapshot) => (snapshot.counts[status] ?? 0) > 0));
  const month = (at: string) => formatPreciseDate({ date: at, precision: "MONTH" }, locale);
  return (
    <figure>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 16}`} className="h-auto w-full max-w-3xl" role="img" data-status-history
        aria-label={t.charts.statusHistory(month(snapshots[0]!.at), month(snapshots.at(-1)!.at))}>
        {snapshots.map((snapshot, index) => {
          let y = HEIGHT;
          return (
            <g key={snapshot.at} data-month={snapshot.at}>
              {used.map((status) => {
                const height = ((snapshot.counts[status] ?? 0) / top) * (HEIGHT - 8);
                y -= height;
                return height > 0
                  ? <rect key={status} x={4 + index * column + 1} y={y} width={Math.max(1, column - 2)} height={height} fill={STATUS_FILL[status]} />
                  : null;
              })}
              {(index === 0 || snapshot.at.endsWith("-12-31") || index === snapshots.length - 1) && (
                <text x={4 + index * column} y={HEIGHT + 13} fontSize="10" fill="#334155">{snapshot.at.slice(0, 4)}</text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-700">
        {used.map((status) => (
          <span key={status} className="inline-flex items-center gap-1">
            <StatusSwatch status={status} /><span aria-hidden="true">{STATUSES[status].icon}</span> {t.status[status].label}
          </span>
        ))}
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-blue-900 underline">{t.charts.monthByMonth}</summary>
        <div className="overflow-x-auto">
          <table className="cards-under-sm mt-2 text-xs">
            <thead>
              <tr>
                <th scope="col" className="pr-3 text-left">{t.charts.endOf}</th>
                {used.map((status) => <th key={status} scope="col" className="pr-3 text-right">{t.status[status].label}</th>)}
              </tr>
            </thead>
            <tbody>
              {snapshots.map((snapshot) => (
                <tr key={snapshot.at}>
                  <td data-label={t.charts.endOf} className="pr-3">{month(snapshot.at)}</td>
                  {used.map((status) => (
                    <td key={status} data-label={t.status[status].label} data-status={status} className="pr-3 text-right">{snapshot.counts[status] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
