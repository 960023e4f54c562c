import type { Metadata } from "next";
import { headers } from "next/headers";
import { CalendarSecretForm } from "@/app/(site)/admin/calendar/_components/calendar-secret-form";
import { requirePageActor } from "@/lib/auth/session";
import { getCalendarToken } from "@/lib/data/calendar-tokens";
import { personalCalendarPath, PUBLIC_CALENDAR_PATH } from "@/lib/domain/calendar-urls";
import { isUnscoped } from "@/lib/domain/permissions";
import { appOrigin } from "@/lib/env";

export const metadata: Metadata = { title: "Calendar subscriptions" };
export const dynamic = "force-dynamic";

export default async function CalendarPage() {
  const actor = await requirePageActor("/admin/calendar");
  const [token, requestHeaders] = await Promise.all([getCalendarToken(actor.id), headers()]);
  const origin = appOrigin(requestHeaders.get("host"));
  return (
    <>
      <h1 className="text-2xl font-bold">Deadlines in your calendar</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Subscribe to an address below in your calendar application (“add calendar from URL” or “subscribe”). Each
        deadline is an all-day event on the day it falls due; when a deadline is extended, the event moves.
      </p>
      <section aria-labelledby="personal" className="mt-6">
        <h2 id="personal" className="text-lg font-semibold">Your deadlines</h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          {isUnscoped(actor) ? "Every commitment's deadlines" : "The deadlines of the commitments in your scope"}, with
          links to the staff pages. The address is a secret: a calendar application cannot sign in, so anyone who has
          it can read this calendar. Replace the secret if it has been shared; the old address then stops working.
        </p>
        {token ? (
          <p className="mt-2 break-all rounded border border-slate-300 bg-slate-50 p-2 font-mono text-sm" data-calendar-url>
            {origin}{personalCalendarPath(token)}
          </p>
        ) : <p className="mt-2 text-sm">You have no calendar address yet.</p>}
        <CalendarSecretForm hasSecret={token !== null} />
      </section>
      <section aria-labelledby="public" className="mt-8">
        <h2 id="public" className="text-lg font-semibold">Every public deadline</h2>
        <p className="mt-1 text-sm text-slate-700">No secret needed: the same deadlines the public pages show.</p>
        <p className="mt-2 break-all rounded border border-slate-300 bg-slate-50 p-2 font-mono text-sm">
          {origin}{PUBLIC_CALENDAR_PATH}
        </p>
      </section>
    </>
  );
}
