"use client";

import { useActionState } from "react";
import { logProgressUpdateAction } from "../actions";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { CONFIRM_EARLY_DEADLINES_LABEL } from "@/lib/domain/early-deadline";
import { PRECISION_INPUT_HINT, preciseDateInputValue } from "@/lib/domain/precise-date-input";
import { STATUS_ORDER, STATUSES } from "@/lib/domain/status";
import { LOCALES, type Locale } from "@/lib/domain/localized-text";
import { messages } from "@/lib/messages/en";
import { MAX_NOTE_LENGTH } from "@/lib/validation/progress-update";

const PRECISION_LABELS: Record<DatePrecision, string> = {
  DAY: "Day", MONTH: "Month", QUARTER: "Quarter", YEAR: "Year", FISCAL_YEAR: "US fiscal year",
};

export type FormCommitment = {
  id: string;
  version: number;
  status: (typeof STATUS_ORDER)[number];
  deadlines: { id: string; label: string; kind: string; date: string; precision: DatePrecision }[];
  targets: { id: string; label: string; unit: string }[];
  /** Earlier entries a new one may correct, newest first. */
  entries: { id: string; label: string }[];
};

const input = "mt-1 w-full rounded border border-slate-400 px-2 py-1";

/** noteLang: the language the note field starts in (the staff member's working language). */
export function ProgressUpdateForm({ commitment, noteLang = "en" }: { commitment: FormCommitment; noteLang?: Locale }) {
  const [state, action, pending] = useActionState(logProgressUpdateAction, {});
  // After a save the form starts again from the stored commitment; after a refusal it keeps what was typed.
  const values = state.ok ? {} : (state.values ?? {});
  const value = (name: string, fallback: string) => values[name] ?? fallback;
  const errors = state.fieldErrors ?? {};
  const formKey = JSON.stringify(values) + String(commitment.version);

  return (
    <form action={action} key={formKey} className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="commitmentId" value={commitment.id} />
      <input type="hidden" name="expectedVersion" value={value("expectedVersion", String(commitment.version))} />
      <FormMessage state={state} />
      <div>
        <label htmlFor="update-status" className="text-sm font-medium">Status</label>
        <select id="update-status" name="status" defaultValue={value("status", commitment.status)} className={input}>
          {STATUS_ORDER.map((status) => <option key={status} value={status}>{STATUSES[status].label}</option>)}
        </select>
        <FieldError errors={errors.status} />
      </div>
      <div>
        <label htmlFor="update-visibility" className="text-sm font-medium">Who may read this entry</label>
        <select id="update-visibility" name="visibility" defaultValue={value("visibility", "PUBLIC")} className={input}>
          <option value="PUBLIC">Public: shown on the public pages</option>
          <option value="INTERNAL">Internal: staff only</option>
        </select>
        <FieldError errors={errors.visibility} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="update-reason" className="text-sm font-medium">Reason for a status change</label>
        <textarea id="update-reason" name="statusReason" rows={2} defaultValue={value("statusReason", "")}
          aria-describedby="update-reason-error" className={input} />
        <FieldError id="update-reason-error" errors={errors.statusReason} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="update-note" className="text-sm font-medium">Note</label>
        <textarea id="update-note" name="note" rows={5} maxLength={MAX_NOTE_LENGTH}
          defaultValue={value("note", "")} aria-describedby="update-note-error" className={input} />
        <FieldError id="update-note-error" errors={errors.note} />
      </div>
      <div>
        <label htmlFor="update-note-lang" className="text-sm font-medium">{messages.progress.noteLanguage}</label>
        <select id="update-note-lang" name="noteLang" defaultValue={value("noteLang", noteLang)} className={input}>
          {LOCALES.map((locale) => <option key={locale} value={locale}>{messages.content.languageNames[locale]}</option>)}
        </select>
        <FieldError errors={errors.noteLang} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="update-evidence" className="text-sm font-medium">Evidence links, one per line</label>
        <textarea id="update-evidence" name="evidenceUrls" rows={2} defaultValue={value("evidenceUrls", "")}
          aria-describedby="update-evidence-error" className={input} placeholder="https://" />
        <FieldError id="update-evidence-error" errors={errors.evidenceUrls ?? errors["evidenceUrls.0"]} />
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="checkbox" name="noEvidence" defaultChecked={values.noEvidence === "on"} />
          No evidence link available
        </label>
      </div>
      {commitment.deadlines.length > 0 && (
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-semibold">Deadlines (change one to extend or bring it forward)</legend>
          {commitment.deadlines.map((deadline, index) => {
            const precision = value(`deadline.${deadline.id}.precision`, deadline.precision) as DatePrecision;
            const fieldErrors = errors[`deadlines.${index}.value`] ?? errors[`deadline.${deadline.id}.value`];
            return (
              <div key={deadline.id} className="mt-2 grid gap-2 sm:grid-cols-3">
                <span className="self-end text-sm">{deadline.label}</span>
                <div>
                  <label htmlFor={`deadline-${deadline.id}-value`} className="text-xs">Date</label>
                  <input id={`deadline-${deadline.id}-value`} name={`deadline.${deadline.id}.value`}
                    defaultValue={value(`deadline.${deadline.id}.value`,
                      preciseDateInputValue(deadline.date, deadline.precision))}
                    aria-describedby={`deadline-${deadline.id}-hint`} className={input} />
                  <span id={`deadline-${deadline.id}-hint`} className="text-xs text-slate-600">
                    {PRECISION_INPUT_HINT[precision]}
                  </span>
                  <FieldError errors={fieldErrors} />
                </div>
                <div>
                  <label htmlFor={`deadline-${deadline.id}-precision`} className="text-xs">Precision</label>
                  <select id={`deadline-${deadline.id}-precision`} name={`deadline.${deadline.id}.precision`}
                    defaultValue={precision} className={input}>
                    {(Object.keys(PRECISION_LABELS) as DatePrecision[]).map((option) => (
                      <option key={option} value={option}>{PRECISION_LABELS[option]}</option>
                    ))}
                  </select>
                </div>
              </div>
            );
          })}
          {(errors.confirmEarlyDeadlines || values.confirmEarlyDeadlines === "on") && (
            <label className="mt-2 flex items-center gap-2 text-sm">
              <input type="checkbox" name="confirmEarlyDeadlines" defaultChecked={values.confirmEarlyDeadlines === "on"} />
              {CONFIRM_EARLY_DEADLINES_LABEL}
            </label>
          )}
        </fieldset>
      )}
      {commitment.targets.length > 0 && (
        <div className="grid gap-2 sm:col-span-2 sm:grid-cols-2">
          <div>
            <label htmlFor="update-target" className="text-sm font-medium">Target</label>
            <select id="update-target" name="targetId" defaultValue={value("targetId", commitment.targets[0]?.id ?? "")}
              className={input}>
              {commitment.targets.map((target) => (
                <option key={target.id} value={target.id}>{target.label} ({target.unit})</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="update-value" className="text-sm font-medium">Value reached (optional)</label>
            <input id="update-value" name="valueReached" inputMode="decimal" defaultValue={value("valueReached", "")}
              className={input} />
            <FieldError errors={errors.valueReached} />
          </div>
        </div>
      )}
      {commitment.entries.length > 0 && (
        <div className="sm:col-span-2">
          <label htmlFor="update-corrects" className="text-sm font-medium">This entry corrects (optional)</label>
          <select id="update-corrects" name="correctsId" defaultValue={value("correctsId", "")} className={input}>
            <option value="">Nothing: a new update</option>
            {commitment.entries.map((entry) => <option key={entry.id} value={entry.id}>{entry.label}</option>)}
          </select>
          <FieldError errors={errors.correctsId} />
        </div>
      )}
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-2 font-medium text-white">
          {pending ? "Saving…" : "Save update"}
        </button>
      </div>
    </form>
  );
}
