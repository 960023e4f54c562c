import type { Metadata } from "next";
import { headers } from "next/headers";
import { CalendarSecretForm } from "@/app/(site)/admin/calendar/_components/calendar-secret-form";
import { requirePageActor } from "@/lib/auth/session";
import { getCalendarToken } from "@/lib/data/calendar-tokens";
import { personalCalendarPath, PUBLIC_CALENDAR_PATH } from "@/lib/domain/calendar-urls";
import { isUnscoped } from "@/lib/domain/permissions";
import { appOrigin } from "@/lib/env";
import { getCatalogue } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.staff.calendar.title };
}
export const dynamic = "force-dynamic";

export default async function CalendarPage() {
  const actor = await requirePageActor("/admin/calendar");
  const [token, requestHeaders] = await Promise.all([getCalendarToken(actor.id), headers()]);
  const origin = appOrigin(requestHeaders.get("host"));
  const { t } = await getCatalogue();
  const words = t.staff.calendar;
  return (
    <>
      <h1 className="text-2xl font-bold">{words.title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{words.intro}</p>
      <section aria-labelledby="personal" className="mt-6">
        <h2 id="personal" className="text-lg font-semibold">{words.yours}</h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          {isUnscoped(actor) ? words.everyCommitment : words.inScope}{words.secret}
        </p>
        {token ? (
          <p className="mt-2 break-all rounded border border-slate-300 bg-slate-50 p-2 font-mono text-sm" data-calendar-url>
            {origin}{personalCalendarPath(token)}
          </p>
        ) : <p className="mt-2 text-sm">{words.noAddress}</p>}
        <CalendarSecretForm hasSecret={token !== null} />
      </section>
      <section aria-labelledby="public" className="mt-8">
        <h2 id="public" className="text-lg font-semibold">{words.public}</h2>
        <p className="mt-1 text-sm text-slate-700">{words.publicText}</p>
        <p className="mt-2 break-all rounded border border-slate-300 bg-slate-50 p-2 font-mono text-sm">
          {origin}{PUBLIC_CALENDAR_PATH}
        </p>
      </section>
    </>
  );
}
