import { formatDay } from "@/lib/domain/format-instant";

/** Logged values toward a target as a small line chart, server-drawn SVG, with the same figures in a table. */
export function ProgressChart({ label, unit, target, points, timeZone }: {
  label: string;
  unit: string;
  target: number;
  points: { at: Date; value: number }[];
  timeZone: string;
}) {
  if (points.length === 0) return null;
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
        aria-label={`${label}: ${points.length} logged values, latest ${points.at(-1)!.value.toLocaleString("en-US")} of ${target.toLocaleString("en-US")} ${unit}`}
        className="rounded border border-slate-200 bg-white">
        <line x1="0" x2={width} y1={y(target)} y2={y(target)} stroke="#15803d" strokeDasharray="4 3" />
        <path d={path} fill="none" stroke="#1d4ed8" strokeWidth="2" />
        {points.map((point, index) => <circle key={index} cx={x(point.at)} cy={y(point.value)} r="3" fill="#1d4ed8" />)}
      </svg>
      <figcaption className="text-xs text-slate-700">Dashed line: the target. Values as logged by staff:</figcaption>
      <table className="mt-1 text-xs">
        <caption className="sr-only">{label}: logged values</caption>
        <thead><tr><th scope="col" className="pr-4 text-left">Logged</th><th scope="col" className="text-right">Value</th></tr></thead>
        <tbody>
          {points.map((point, index) => (
            <tr key={index}>
              <td className="pr-4">{formatDay(point.at, timeZone)}</td>
              <td className="text-right">{point.value.toLocaleString("en-US")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
