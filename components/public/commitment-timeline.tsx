import { StatusSwatch } from "@/components/ui/status-swatch";
import type { PublicUpdate } from "@/lib/data/public-commitments";
import { daysBetween, todayIn, type CalendarDate } from "@/lib/domain/calendar-date";
import { commitmentTimeline, type Timeline } from "@/lib/domain/commitment-timeline";
import { formatPreciseDate, type PreciseDate } from "@/lib/domain/date-precision";
import { STATUSES } from "@/lib/domain/status";
import { STATUS_FILL } from "@/lib/domain/status-palette";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { getCatalogue } from "@/lib/i18n/server";

const WIDTH = 640;
const LANE = 30;
const day = (date: CalendarDate) => formatPreciseDate({ date, precision: "DAY" });

/** Public history entries as the timeline reads them: each on the calendar day it happened in the app's time zone. */
function timelineEntries(updates: PublicUpdate[], timeZone: string) {
  return updates.map((update) => ({
    on: todayIn(timeZone, update.createdAt),
    oldStatus: update.oldStatus,
    newStatus: update.newStatus,
    deadlineChanges: update.deadlineChanges,
    figure: update.valueReached && update.target
      ? { label: update.target.label, unit: update.target.unit, value: Number(update.valueReached) } : null,
  }));
}

/**
 * A commitment's life as a picture drawn on the server: its status over time, each deadline with its original and
 * current date, and logged figures; the same in words below it.
 */
export function CommitmentTimeline({ announcedAt, today, timeZone, status, updates, deadlines }: {
  announcedAt: Date;
  today: CalendarDate;
  timeZone: string;
  status: CommitmentStatus;
  updates: PublicUpdate[];
  deadlines: ({ label: string } & PreciseDate)[];
}) {
  const timeline = commitmentTimeline({ start: todayIn(timeZone, announcedAt), today, currentStatus: status,
    entries: timelineEntries(updates, timeZone), deadlines });
  const span = Math.max(1, daysBetween(timeline.start, timeline.end));
  const x = (date: CalendarDate) => 8 + (Math.min(span, Math.max(0, daysBetween(timeline.start, date))) / span) * (WIDTH - 16);
  const height = 56 + LANE * (timeline.deadlines.length + (timeline.figures.length > 0 ? 1 : 0));
  const years = yearTicks(timeline);
  return (
    <figure>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-3xl" role="img" data-timeline
        aria-label={`Timeline from ${day(timeline.start)} to ${day(timeline.end)}; the same is told in words below.`}>
        {years.map((year) => (
          <g key={year}>
            <line x1={x(`${year}-01-01`)} x2={x(`${year}-01-01`)} y1="14" y2={height} stroke="#cbd5e1" />
            <text x={x(`${year}-01-01`) + 3} y="11" fontSize="11" fill="#334155">{year}</text>
          </g>
        ))}
        {timeline.statusSpans.map((part) => (
          <rect key={part.from} x={x(part.from)} y="20" width={Math.max(2, x(part.to) - x(part.from))} height="14"
            fill={STATUS_FILL[part.status]} stroke="#0f172a" strokeWidth="0.5" data-status-span={part.status} />
        ))}
        <line x1={x(today)} x2={x(today)} y1="16" y2={height} stroke="#0f172a" strokeDasharray="3 2" />
        <text x={Math.min(x(today) + 3, WIDTH - 34)} y="48" fontSize="10" fill="#0f172a">today</text>
        {timeline.deadlines.map((deadline, index) => {
          const y = 56 + index * LANE + 16;
          const [from, to] = [x(deadline.original.date), x(deadline.current.date)];
          return (
            <g key={deadline.label} data-deadline={deadline.label} data-original={deadline.original.date} data-current={deadline.current.date}>
              <text x="8" y={y - 8} fontSize="11" fill="#0f172a">{deadline.label.slice(0, 90)}</text>
              {deadline.moves.length > 0 && (
                <>
                  <line x1={from} x2={to} y1={y} y2={y} stroke="#d55e00" strokeWidth="2" />
                  <circle cx={from} cy={y} r="4" fill="white" stroke="#0f172a" strokeWidth="1.5" />
                </>
              )}
              <rect x={to - 4} y={y - 4} width="8" height="8" fill="#0f172a" transform={`rotate(45 ${to} ${y})`} />
            </g>
          );
        })}
        {timeline.figures.length > 0 && timeline.figures.map((figure, index) => {
          const y = 56 + timeline.deadlines.length * LANE + 16;
          return (
            <g key={index} data-figure={figure.value}>
              <circle cx={x(figure.on)} cy={y} r="4" fill="#0072b2" />
              <text x={x(figure.on) + 6} y={y + 4} fontSize="10" fill="#0f172a">{figure.value.toLocaleString("en-US")}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-700">
        Top band: the status over time. Below it, each deadline: <span aria-hidden="true">◆</span> its current date,
        and where it moved, <span aria-hidden="true">○</span> its original date joined to it by a line.
        {timeline.figures.length > 0 && " Blue dots: figures logged."}
      </figcaption>
      <TimelineInWords timeline={timeline} />
    </figure>
  );
}

function yearTicks(timeline: Timeline): number[] {
  const first = Number(timeline.start.slice(0, 4)) + 1;
  const last = Number(timeline.end.slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}

async function TimelineInWords({ timeline }: { timeline: Timeline }) {
  const { t } = await getCatalogue();
  return (
    <div className="mt-3 grid gap-4 text-sm md:grid-cols-3">
      <div>
        <h3 className="font-semibold">Status over time</h3>
        <ul className="mt-1 space-y-1">
          {timeline.statusSpans.map((part) => (
            <li key={part.from} className="flex items-center gap-1">
              <StatusSwatch status={part.status} />
              <span aria-hidden="true">{STATUSES[part.status].icon}</span>
              {t.status[part.status].label} {t.commitmentPage.from} {day(part.from)}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="font-semibold">Deadlines, original and current</h3>
        <ul className="mt-1 space-y-1">
          {timeline.deadlines.map((deadline) => (
            <li key={deadline.label} data-deadline-words={deadline.label}>
              {deadline.label}: {deadline.moves.length === 0 ? <>{formatPreciseDate(deadline.current)}, never moved</> : (
                <>
                  originally {formatPreciseDate(deadline.original)}, now {formatPreciseDate(deadline.current)}
                  <span className="font-semibold"> (moved {deadline.moves.length === 1 ? "once" : `${deadline.moves.length} times`})</span>
                  <ul className="ml-4 list-disc">
                    {deadline.moves.map((move) => (
                      <li key={move.on + move.to.date} data-move={`${move.from.date}>${move.to.date}`}>
                        on {day(move.on)}: {formatPreciseDate(move.from)} → {formatPreciseDate(move.to)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
          {timeline.deadlines.length === 0 && <li>The source gives no deadline.</li>}
        </ul>
      </div>
      <div>
        <h3 className="font-semibold">Figures logged</h3>
        <ul className="mt-1 space-y-1">
          {timeline.figures.map((figure, index) => (
            <li key={index}>{day(figure.on)}: {figure.label}, {figure.value.toLocaleString("en-US")} {figure.unit}</li>
          ))}
          {timeline.figures.length === 0 && <li>No figure logged yet.</li>}
        </ul>
      </div>
    </div>
  );
}
