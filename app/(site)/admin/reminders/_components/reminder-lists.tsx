import { formatDay } from "@/lib/domain/format-instant";
import type { ReactNode } from "react";
import { SnoozeForm } from "./snooze-form";
import { DeadlineText } from "@/components/ui/deadline-text";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DeadlineReminder, QuietReminder } from "@/lib/data/reminders";
import { addDays, type CalendarDate } from "@/lib/domain/calendar-date";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import type { CommitmentScopeFacts } from "@/lib/domain/permissions";
import { MAX_SNOOZE_DAYS } from "@/lib/domain/reminder-windows";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";

/** What a row needs to offer snoozing: today, and whether the signed-in user may write the commitment. */
type Snoozing = { today: CalendarDate; timeZone: string; canWrite: (commitment: CommitmentScopeFacts) => boolean };

/** Where a row leads: straight to the commitment's form that logs an update. */
function updateFormHref(key: string): string {
  return `/admin/commitments/${key}#log-update`;
}

function snoozeDays(today: CalendarDate) {
  return { earliest: addDays(today, 1), latest: addDays(today, MAX_SNOOZE_DAYS) };
}

/** One group of reminders: its count in the heading, its rows, and a note when not every row is shown. */
export async function ReminderSection({ id, title, total, shown, children, extra }: {
  id: string;
  title: string;
  total: number;
  shown: number;
  children: ReactNode;
  extra?: ReactNode;
}) {
  const { t } = await getCatalogue();
  return (
    <section aria-labelledby={id} className="mt-8" data-group={id}>
      <h2 id={id} className="text-lg font-semibold">{title} ({total})</h2>
      {extra}
      {total === 0 ? <p className="mt-2 text-sm text-slate-700">{t.staff.reminders.nothing}</p> : (
        <ul className="mt-2 divide-y divide-slate-200">{children}</ul>
      )}
      {shown < total && (
        <p className="mt-2 text-sm text-slate-700">{t.staff.reminders.firstShown(shown, total)}</p>
      )}
    </section>
  );
}

export async function DeadlineReminderRows({ rows, snoozing }: { rows: DeadlineReminder[]; snoozing: Snoozing }) {
  const { locale, t } = await getCatalogue();
  return rows.map((row) => (
    <li key={row.id} className="py-2" data-commitment={row.commitment.key}>
      <div className="flex flex-wrap items-center gap-3">
        <Link href={updateFormHref(row.commitment.key)} className="font-medium text-blue-900 underline">
          <bdi>{row.commitment.title}</bdi>
        </Link>
        <StatusBadge status={row.commitment.status} />
      </div>
      <p className="text-sm">
        {row.label}: <DeadlineText deadline={row} today={snoozing.today} status={row.commitment.status} />
        {t.staff.reminders.dueOn}
        <time dateTime={row.dueOn}>{formatPreciseDate({ date: row.dueOn, precision: "DAY" }, locale)}</time>
      </p>
      {snoozing.canWrite(row.commitment) && (
        <SnoozeForm commitmentId={row.commitment.id} deadlineId={row.id} {...snoozeDays(snoozing.today)}
          what={t.staff.reminders.snoozeWhat(row.label, row.commitment.title)} />
      )}
    </li>
  ));
}

export async function QuietReminderRows({ rows, snoozing }: { rows: QuietReminder[]; snoozing: Snoozing }) {
  const { locale, t } = await getCatalogue();
  return rows.map((row) => (
    <li key={row.id} className="py-2" data-commitment={row.key}>
      <div className="flex flex-wrap items-center gap-3">
        <Link href={updateFormHref(row.key)} className="font-medium text-blue-900 underline"><bdi>{row.title}</bdi></Link>
        <StatusBadge status={row.status} />
        <span className="text-sm text-slate-600">
          {t.staff.lastUpdate(row.lastUpdateAt ? formatDay(row.lastUpdateAt, snoozing.timeZone, locale) : t.staff.never)}
        </span>
      </div>
      {snoozing.canWrite(row) && (
        <SnoozeForm commitmentId={row.id} {...snoozeDays(snoozing.today)}
          what={t.staff.reminders.snoozeQuietWhat(row.title)} />
      )}
    </li>
  ));
}
