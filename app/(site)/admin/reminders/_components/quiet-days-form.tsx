"use client";

import { useActionState } from "react";
import { setQuietDaysAction } from "../actions";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { useCatalogue } from "@/lib/i18n/client";
import { MAX_QUIET_DAYS } from "@/lib/validation/reminders";

export function QuietDaysForm({ quietDays }: { quietDays: number }) {
  const [state, action, pending] = useActionState(setQuietDaysAction, {});
  const t = useCatalogue().staff.reminders;
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} key={JSON.stringify(values) + String(quietDays)} className="mt-2 flex flex-wrap items-end gap-2 text-sm">
      <FormMessage state={state} />
      <div>
        <label htmlFor="quiet-days" className="block font-medium">{t.quietDays}</label>
        <input id="quiet-days" name="quietDays" type="number" min={1} max={MAX_QUIET_DAYS} required
          defaultValue={values.quietDays ?? String(quietDays)} className="mt-1 w-28 rounded border border-slate-400 px-2 py-1" />
        <FieldError errors={state.fieldErrors?.quietDays} />
      </div>
      <button type="submit" disabled={pending} className="rounded border border-slate-600 px-3 py-1">{t.save}</button>
    </form>
  );
}
