import type { Metadata } from "next";
import { EmailLanguageForm } from "@/app/(site)/admin/_components/email-language-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { listMyRecentUpdates } from "@/lib/data/dashboard";
import { getReminderSettings } from "@/lib/data/reminder-settings";
import { countOverdueReminders, listQuietReminders } from "@/lib/data/reminders";
import { formatDay } from "@/lib/domain/format-instant";
import { isUnscoped } from "@/lib/domain/permissions";
import { quietBefore } from "@/lib/domain/reminder-windows";
import { appToday, env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.staff.home.title };
}
export const dynamic = "force-dynamic";

export default async function AdminDashboardPage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const actor = await requirePageActor("/admin");
  const { denied } = await searchParams;
  const { locale, t } = await getCatalogue();
  const words = t.staff.home;
  const timeZone = env().APP_TIME_ZONE;
  const today = appToday();
  const { quietDays } = await getReminderSettings();
  const [mine, quiet, overdue] = await Promise.all([
    listMyRecentUpdates(actor.id),
    listQuietReminders(actor, { scope: "mine", filters: {} }, today, quietBefore(today, quietDays, timeZone), 25),
    countOverdueReminders(actor, today),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t.staff.dashboard}</h1>
      {denied && (
        <p role="alert" className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          {words.adminsOnly}
        </p>
      )}
      <p className="mt-2 text-slate-700">
        {words.signedInAs} <bdi>{actor.displayName}</bdi>, {t.staff.roles[actor.role]}
        {actor.role === "EDITOR" && !isUnscoped(actor) ? words.limitedScope : ""}.
      </p>
      <EmailLanguageForm locale={actor.locale} />
      <p className="mt-4">
        <Link href="/admin/reminders" className="font-medium underline">{words.overdue(overdue)}</Link>
      </p>
      <section aria-labelledby="quiet" className="mt-8">
        <h2 id="quiet" className="text-lg font-semibold">{words.quiet(quietDays, quiet.total)}</h2>
        <ul className="mt-2 divide-y divide-slate-200">
          {quiet.rows.map((row) => (
            <li key={row.key} className="flex flex-wrap items-center gap-3 py-2">
              <Link href={`/admin/commitments/${row.key}`} className="underline"><bdi>{row.title}</bdi></Link>
              <StatusBadge status={row.status} />
              <span className="text-sm text-slate-600">
                {t.staff.lastUpdate(row.lastUpdateAt ? formatDay(row.lastUpdateAt, timeZone, locale) : t.staff.never)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="mine" className="mt-8">
        <h2 id="mine" className="text-lg font-semibold">{words.mine}</h2>
        {mine.length === 0 ? <p className="mt-2 text-sm text-slate-700">{words.mineEmpty}</p> : (
          <ul className="mt-2 divide-y divide-slate-200">
            {mine.map((update) => (
              <li key={update.id} className="py-2">
                <time className="text-sm text-slate-600" dateTime={update.createdAt.toISOString()}>
                  {formatDay(update.createdAt, timeZone, locale)}
                </time>{" "}
                <Link href={`/admin/commitments/${update.commitment.key}`} className="underline">
                  <bdi>{update.commitment.title}</bdi>
                </Link>
                {update.newStatus && <> <StatusBadge status={update.newStatus} /></>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
