import type { Metadata } from "next";
import { QuietDaysForm } from "@/app/(site)/admin/reminders/_components/quiet-days-form";
import { DeadlineReminderRows, QuietReminderRows, ReminderSection } from "@/app/(site)/admin/reminders/_components/reminder-lists";
import { CommitmentFilterForm } from "@/components/ui/commitment-filter-form";
import { requirePageActor } from "@/lib/auth/session";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { getReminderSettings } from "@/lib/data/reminder-settings";
import { listDeadlineReminders, listQuietReminders } from "@/lib/data/reminders";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { canChangeSettings, canWriteCommitment, isUnscoped, type CommitmentScopeFacts } from "@/lib/domain/permissions";
import { quietBefore, REMINDER_GROUPS } from "@/lib/domain/reminder-windows";
import { timeZoneName } from "@/lib/domain/time-zone-name";
import { appToday, env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";
import { filtersToQuery, parseCommitmentFilters, type TCommitmentFilters } from "@/lib/validation/commitment-filters";
import { parseReminderScope } from "@/lib/validation/reminders";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.staff.reminders.title };
}
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The reminders' URL: the list's filters, plus `scope=all` when a scoped editor widens the view. */
function viewHref(filters: TCommitmentFilters, scope: "mine" | "all"): string {
  const query = new URLSearchParams(filtersToQuery(filters));
  if (scope === "all") query.set("scope", "all");
  const text = query.toString();
  return `/admin/reminders${text ? `?${text}` : ""}`;
}

export default async function RemindersPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const choices = await listFilterChoices();
  const { filters, ignored } = parseCommitmentFilters(params, choices);
  const scope = parseReminderScope(params.scope);
  const actor = await requirePageActor(viewHref(filters, scope));
  const timeZone = env().APP_TIME_ZONE;
  const today = appToday();
  const view = { scope, filters };
  const { quietDays } = await getReminderSettings();
  const [groups, quiet] = await Promise.all([
    listDeadlineReminders(actor, view, today),
    listQuietReminders(actor, view, today, quietBefore(today, quietDays, timeZone)),
  ]);
  const snoozing = {
    today,
    timeZone,
    canWrite: (commitment: CommitmentScopeFacts) => canWriteCommitment(actor, commitment),
  };
  const scoped = !isUnscoped(actor);
  const { locale, t, href } = await getCatalogue();
  const words = t.staff.reminders;

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{words.title}</h1>
        <Link href="/admin/calendar" className="underline">{words.calendar}</Link>
      </div>
      <p className="mt-2 text-slate-700">
        {words.today(formatPreciseDate({ date: today, precision: "DAY" }, locale), timeZoneName(timeZone, undefined, locale),
          timeZone)}
      </p>
      <p className="mt-2 text-sm" role="status">
        {!scoped ? words.everything : scope === "mine" ? (
          <>{words.showingMine} <Link href={viewHref(filters, "all")} className="underline">{words.showAll}</Link></>
        ) : (
          <>{words.showingAll} <Link href={viewHref(filters, "mine")} className="underline">{words.showMine}</Link></>
        )}
      </p>
      <div className="mt-4">
        <CommitmentFilterForm action={href("/admin/reminders")} filters={filters} pillars={choices.pillars}
          countries={choices.countries} showUpdatedSince sortable={false} ignored={ignored}
          hidden={scope === "all" ? { scope: "all" } : {}} />
      </div>
      {REMINDER_GROUPS.map((group) => (
        <ReminderSection key={group} id={group} title={words.groups[group]} total={groups[group].total}
          shown={groups[group].rows.length}>
          <DeadlineReminderRows rows={groups[group].rows} snoozing={snoozing} />
        </ReminderSection>
      ))}
      <ReminderSection id="quiet" title={words.quiet(quietDays)} total={quiet.total}
        shown={quiet.rows.length} extra={canChangeSettings(actor) && <QuietDaysForm quietDays={quietDays} />}>
        <QuietReminderRows rows={quiet.rows} snoozing={snoozing} />
      </ReminderSection>
    </>
  );
}
