"use client";

import { useActionState } from "react";
import { snoozeReminderAction } from "../actions";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { useCatalogue } from "@/lib/i18n/client";
import { MAX_SNOOZE_REASON } from "@/lib/validation/reminders";

/** Sets one reminder aside until a day, with a reason; folded away until asked for, so the list stays readable. */
export function SnoozeForm({ commitmentId, deadlineId, what, earliest, latest }: {
  commitmentId: string;
  /** Absent for the commitment's "no update" reminder. */
  deadlineId?: string;
  /** What is snoozed, in words, for screen readers ("the reminder of …"). */
  what: string;
  earliest: string;
  latest: string;
}) {
  const [state, action, pending] = useActionState(snoozeReminderAction, {});
  const t = useCatalogue().staff;
  const values = state.ok ? {} : (state.values ?? {});
  const id = `snooze-${deadlineId ?? `quiet-${commitmentId}`}`;
  return (
    <details className="mt-1 text-sm" open={state.message !== undefined}>
      <summary className="cursor-pointer underline">{t.reminders.snooze}<span className="sr-only"> {what}</span></summary>
      <form action={action} key={JSON.stringify(values)} className="mt-2 grid max-w-xl gap-2 sm:grid-cols-3" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="commitmentId" value={commitmentId} />
        <input type="hidden" name="deadlineId" value={deadlineId ?? ""} />
        <div>
          <label htmlFor={`${id}-until`} className="block font-medium">{t.reminders.snoozeUntil}</label>
          <input id={`${id}-until`} name="until" type="date" min={earliest} max={latest} required
            defaultValue={values.until ?? earliest} className="mt-1 w-full rounded border border-slate-400 px-2 py-1" />
          <FieldError errors={state.fieldErrors?.until} />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={`${id}-reason`} className="block font-medium">{t.reasonKept}</label>
          <input id={`${id}-reason`} name="reason" maxLength={MAX_SNOOZE_REASON} required
            defaultValue={values.reason ?? ""} className="mt-1 w-full rounded border border-slate-400 px-2 py-1" />
          <FieldError errors={state.fieldErrors?.reason} />
        </div>
        <div>
          <button type="submit" disabled={pending} className="rounded border border-slate-600 px-3 py-1">
            {pending ? t.reminders.snoozing : t.reminders.snooze}
          </button>
        </div>
      </form>
    </details>
  );
}
