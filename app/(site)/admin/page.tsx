import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { listMyRecentUpdates } from "@/lib/data/dashboard";
import { getReminderSettings } from "@/lib/data/reminder-settings";
import { countOverdueReminders, listQuietReminders } from "@/lib/data/reminders";
import { formatDay } from "@/lib/domain/format-instant";
import { isUnscoped } from "@/lib/domain/permissions";
import { quietBefore } from "@/lib/domain/reminder-windows";
import { appToday, env } from "@/lib/env";

export const metadata: Metadata = { title: "Staff dashboard" };
export const dynamic = "force-dynamic";

export default async function AdminDashboardPage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const actor = await requirePageActor("/admin");
  const { denied } = await searchParams;
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
      <h1 className="text-2xl font-bold">Dashboard</h1>
      {denied && (
        <p role="alert" className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          That page is for admins only.
        </p>
      )}
      <p className="mt-2 text-slate-700">
        Signed in as <bdi>{actor.displayName}</bdi>, {actor.role.toLowerCase()}
        {actor.role === "EDITOR" && !isUnscoped(actor) ? ", with a limited scope" : ""}.
      </p>
      <p className="mt-4">
        <Link href="/admin/reminders" className="font-medium underline">
          {overdue} overdue {overdue === 1 ? "deadline" : "deadlines"} in your scope
        </Link>
      </p>
      <section aria-labelledby="quiet" className="mt-8">
        <h2 id="quiet" className="text-lg font-semibold">
          No update for {quietDays} days ({quiet.total} in your scope)
        </h2>
        <ul className="mt-2 divide-y divide-slate-200">
          {quiet.rows.map((row) => (
            <li key={row.key} className="flex flex-wrap items-center gap-3 py-2">
              <Link href={`/admin/commitments/${row.key}`} className="underline"><bdi>{row.title}</bdi></Link>
              <StatusBadge status={row.status} />
              <span className="text-sm text-slate-600">
                last update {row.lastUpdateAt ? formatDay(row.lastUpdateAt, timeZone) : "never"}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="mine" className="mt-8">
        <h2 id="mine" className="text-lg font-semibold">My recent updates</h2>
        {mine.length === 0 ? <p className="mt-2 text-sm text-slate-700">You have logged no update yet.</p> : (
          <ul className="mt-2 divide-y divide-slate-200">
            {mine.map((update) => (
              <li key={update.id} className="py-2">
                <time className="text-sm text-slate-600" dateTime={update.createdAt.toISOString()}>
                  {formatDay(update.createdAt, timeZone)}
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
