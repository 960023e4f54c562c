"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { bulkSetStatusAction } from "../actions";
import { STATUS_ORDER } from "@/lib/domain/status";
import { useCatalogue } from "@/lib/i18n/client";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";

/** The list's table inside a form, so ticked rows can be given one status with one reason. */
export function BulkStatusForm({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const [state, action, pending] = useActionState(bulkSetStatusAction, {});
  const t = useCatalogue();
  const words = t.staff.bulk;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // React resets a form once its action has run: a refused change ticks again the rows that were ticked.
    if (state.ok !== false || !state.values?.selected) return;
    const ticked = new Set(state.values.selected.split("\n"));
    for (const box of form.current?.querySelectorAll<HTMLInputElement>('input[name="selected"]') ?? []) {
      box.checked = ticked.has(box.value);
    }
  }, [state]);
  if (!enabled) return <>{children}</>;
  const values = state.values ?? {};
  return (
    <form action={action} ref={form}>
      {children}
      <fieldset className="mt-4 grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">{words.legend}</legend>
        <FormMessage state={state} />
        <FieldError errors={state.fieldErrors?.selected} />
        <div>
          <label htmlFor="bulk-status" className="text-sm font-medium">{words.newStatus}</label>
          <select id="bulk-status" name="status" defaultValue={values.status ?? ""} key={`s-${values.status}`}
            className="mt-1 w-full rounded border border-slate-400 px-2 py-1">
            <option value="" disabled>{t.staff.choose}</option>
            {STATUS_ORDER.map((status) => <option key={status} value={status}>{t.status[status].label}</option>)}
          </select>
          <FieldError errors={state.fieldErrors?.status} />
        </div>
        <div>
          <label htmlFor="bulk-evidence" className="text-sm font-medium">{words.evidence}</label>
          <input id="bulk-evidence" name="evidenceUrl" type="url" defaultValue={values.evidenceUrl ?? ""}
            key={`e-${values.evidenceUrl}`} className="mt-1 w-full rounded border border-slate-400 px-2 py-1" />
          <FieldError errors={state.fieldErrors?.evidenceUrl} />
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name="noEvidence" defaultChecked={values.noEvidence === "on"} />
            {t.staff.evidenceNone}
          </label>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="bulk-reason" className="text-sm font-medium">{words.reason}</label>
          <textarea id="bulk-reason" name="statusReason" rows={2} defaultValue={values.statusReason ?? ""}
            key={`r-${values.statusReason}`} className="mt-1 w-full rounded border border-slate-400 px-2 py-1" />
          <FieldError errors={state.fieldErrors?.statusReason} />
        </div>
        <div>
          <button type="submit" disabled={pending} className="rounded bg-blue-800 px-3 py-1.5 font-medium text-white">
            {pending ? t.staff.saving : words.submit}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
