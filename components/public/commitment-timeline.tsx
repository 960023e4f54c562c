import { StatusSwatch } from "@/components/ui/status-swatch";
import type { PublicUpdate } from "@/lib/data/public-commitments";
import { daysBetween, todayIn, type CalendarDate } from "@/lib/domain/calendar-date";
import { commitmentTimeline, type Timeline } from "@/lib/domain/commitment-timeline";
import { formatPreciseDate, type PreciseDate } from "@/lib/domain/date-precision";
import { formatNumber } from "@/lib/domain/format-number";
import { SOURCE_LOCALE, type Locale } from "@/lib/domain/localized-text";
import { STATUSES } from "@/lib/domain/status";
import { STATUS_FILL } from "@/lib/domain/status-palette";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { getCatalogue } from "@/lib/i18n/server";

const WIDTH = 640;
const LANE = 30;
const dayIn = (locale: Locale) => (date: CalendarDate) => formatPreciseDate({ date, precision: "DAY" }, locale);

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
export async function CommitmentTimeline({ announcedAt, today, timeZone, status, updates, deadlines }: {
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
  const { locale, t } = await getCatalogue();
  const day = dayIn(locale);
  const words = t.charts;
  return (
    <figure>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-3xl" role="img" data-timeline
        aria-label={words.timeline(day(timeline.start), day(timeline.end))}>
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
        <text x={Math.min(x(today) + 3, WIDTH - 34)} y="48" fontSize="10" fill="#0f172a">{words.today}</text>
        {timeline.deadlines.map((deadline, index) => {
          const y = 56 + index * LANE + 16;
          const [from, to] = [x(deadline.original.date), x(deadline.current.date)];
          return (
            <g key={deadline.label} data-deadline={deadline.label} data-original={deadline.original.date} data-current={deadline.current.date}>
              <text x="8" y={y - 8} fontSize="11" fill="#0f172a" lang={SOURCE_LOCALE}>{deadline.label.slice(0, 90)}</text>
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
              <text x={x(figure.on) + 6} y={y + 4} fontSize="10" fill="#0f172a">{formatNumber(figure.value, locale)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-700">
        {words.timelineCaption[0]}<span aria-hidden="true">◆</span>{words.timelineCaption[1]}
        <span aria-hidden="true">○</span>{words.timelineCaption[2]}
        {timeline.figures.length > 0 && words.figureDots}
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
  const { locale, t } = await getCatalogue();
  const day = dayIn(locale);
  const date = (precise: PreciseDate) => formatPreciseDate(precise, locale);
  const words = t.charts;
  return (
    <div className="mt-3 grid gap-4 text-sm md:grid-cols-3">
      <div>
        <h3 className="font-semibold">{words.statusOverTime}</h3>
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
        <h3 className="font-semibold">{words.deadlinesOverTime}</h3>
        <ul className="mt-1 space-y-1">
          {timeline.deadlines.map((deadline) => (
            <li key={deadline.label} data-deadline-words={deadline.label}>
              <bdi lang={SOURCE_LOCALE}>{deadline.label}</bdi>: {deadline.moves.length === 0 ? words.neverMoved(date(deadline.current)) : (
                <>
                  {words.originally(date(deadline.original), date(deadline.current))}
                  <span className="font-semibold">{words.movedTimes(deadline.moves.length)}</span>
                  <ul className="ml-4 list-disc">
                    {deadline.moves.map((move) => (
                      <li key={move.on + move.to.date} data-move={`${move.from.date}>${move.to.date}`}>
                        {words.movedOn(day(move.on))}{date(move.from)} → {date(move.to)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
          {timeline.deadlines.length === 0 && <li>{words.noDeadline}</li>}
        </ul>
      </div>
      <div>
        <h3 className="font-semibold">{words.figuresLogged}</h3>
        <ul className="mt-1 space-y-1">
          {timeline.figures.map((figure, index) => (
            <li key={index}>{day(figure.on)}: <bdi lang={SOURCE_LOCALE}>{figure.label}</bdi>, {formatNumber(figure.value, locale)}{" "}
              <bdi lang={SOURCE_LOCALE}>{figure.unit}</bdi></li>
          ))}
          {timeline.figures.length === 0 && <li>{words.noFigure}</li>}
        </ul>
      </div>
    </div>
  );
}
