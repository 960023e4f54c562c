import { formatDay } from "@/lib/domain/format-instant";
import { formatNumber } from "@/lib/domain/format-number";
import { getCatalogue } from "@/lib/i18n/server";

/** Logged values toward a target as a small line chart, server-drawn SVG, with the same figures in a table. */
export async function ProgressChart({ label, unit, target, points, timeZone }: {
  label: string;
  unit: string;
  target: number;
  points: { at: Date; value: number }[];
  timeZone: string;
}) {
  if (points.length === 0) return null;
  const { locale, t } = await getCatalogue();
  const words = t.charts;
  const number = (value: number) => formatNumber(value, locale);
  const width = 320;
  const height = 120;
  const top = Math.max(target, ...points.map((point) => point.value)) || 1;
  const first = points[0]!.at.getTime();
  const span = Math.max(1, points.at(-1)!.at.getTime() - first);
  const x = (at: Date) => (points.length === 1 ? width / 2 : ((at.getTime() - first) / span) * (width - 20) + 10);
  const y = (value: number) => height - 10 - (value / top) * (height - 20);
  const path = points.map((point, index) => `${index === 0 ? "M" : "L"}${x(point.at).toFixed(1)},${y(point.value).toFixed(1)}`).join(" ");
  return (
    <figure className="mt-2">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img"
        aria-label={words.progress(label, points.length, number(points.at(-1)!.value), number(target), unit)}
        className="rounded border border-slate-200 bg-white">
        <line x1="0" x2={width} y1={y(target)} y2={y(target)} stroke="#15803d" strokeDasharray="4 3" />
        <path d={path} fill="none" stroke="#1d4ed8" strokeWidth="2" />
        {points.map((point, index) => <circle key={index} cx={x(point.at)} cy={y(point.value)} r="3" fill="#1d4ed8" />)}
      </svg>
      <figcaption className="text-xs text-slate-700">{words.progressCaption}</figcaption>
      <table className="mt-1 text-xs">
        <caption className="sr-only">{words.loggedValues(label)}</caption>
        <thead><tr><th scope="col" className="pr-4 text-left">{words.logged}</th><th scope="col" className="text-right">{words.value}</th></tr></thead>
        <tbody>
          {points.map((point, index) => (
            <tr key={index}>
              <td className="pr-4">{formatDay(point.at, timeZone, locale)}</td>
              <td className="text-right">{number(point.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
