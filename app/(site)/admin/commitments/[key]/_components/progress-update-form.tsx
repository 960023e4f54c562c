"use client";

import { useActionState } from "react";
import { logProgressUpdateAction } from "../actions";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { preciseDateInputValue } from "@/lib/domain/precise-date-input";
import { STATUS_ORDER } from "@/lib/domain/status";
import { LOCALES, type Locale } from "@/lib/domain/localized-text";
import { useCatalogue } from "@/lib/i18n/client";
import { MAX_NOTE_LENGTH, PRECISION_VALUES } from "@/lib/validation/progress-update";

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
  const t = useCatalogue();
  const words = t.staff.updateForm;
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
        <label htmlFor="update-status" className="text-sm font-medium">{words.status}</label>
        <select id="update-status" name="status" defaultValue={value("status", commitment.status)} className={input}>
          {STATUS_ORDER.map((status) => <option key={status} value={status}>{t.status[status].label}</option>)}
        </select>
        <FieldError errors={errors.status} />
      </div>
      <div>
        <label htmlFor="update-visibility" className="text-sm font-medium">{words.visibility}</label>
        <select id="update-visibility" name="visibility" defaultValue={value("visibility", "PUBLIC")} className={input}>
          <option value="PUBLIC">{words.public}</option>
          <option value="INTERNAL">{words.internal}</option>
        </select>
        <FieldError errors={errors.visibility} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="update-reason" className="text-sm font-medium">{words.statusReason}</label>
        <textarea id="update-reason" name="statusReason" rows={2} defaultValue={value("statusReason", "")}
          aria-describedby="update-reason-error" className={input} />
        <FieldError id="update-reason-error" errors={errors.statusReason} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="update-note" className="text-sm font-medium">{words.note}</label>
        <textarea id="update-note" name="note" rows={5} maxLength={MAX_NOTE_LENGTH}
          defaultValue={value("note", "")} aria-describedby="update-note-error" className={input} />
        <FieldError id="update-note-error" errors={errors.note} />
      </div>
      <div>
        <label htmlFor="update-note-lang" className="text-sm font-medium">{t.progress.noteLanguage}</label>
        <select id="update-note-lang" name="noteLang" defaultValue={value("noteLang", noteLang)} className={input}>
          {LOCALES.map((locale) => <option key={locale} value={locale}>{t.content.languageNames[locale]}</option>)}
        </select>
        <FieldError errors={errors.noteLang} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="update-evidence" className="text-sm font-medium">{words.evidence}</label>
        <textarea id="update-evidence" name="evidenceUrls" rows={2} defaultValue={value("evidenceUrls", "")}
          aria-describedby="update-evidence-error" className={input} placeholder="https://" />
        <FieldError id="update-evidence-error" errors={errors.evidenceUrls ?? errors["evidenceUrls.0"]} />
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="checkbox" name="noEvidence" defaultChecked={values.noEvidence === "on"} />
          {t.staff.evidenceNone}
        </label>
      </div>
      {commitment.deadlines.length > 0 && (
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-semibold">{words.deadlines}</legend>
          {commitment.deadlines.map((deadline, index) => {
            const precision = value(`deadline.${deadline.id}.precision`, deadline.precision) as DatePrecision;
            const fieldErrors = errors[`deadlines.${index}.value`] ?? errors[`deadline.${deadline.id}.value`];
            return (
              <div key={deadline.id} className="mt-2 grid gap-2 sm:grid-cols-3">
                <span className="self-end text-sm">{deadline.label}</span>
                <div>
                  <label htmlFor={`deadline-${deadline.id}-value`} className="text-xs">{words.date}</label>
                  <input id={`deadline-${deadline.id}-value`} name={`deadline.${deadline.id}.value`}
                    defaultValue={value(`deadline.${deadline.id}.value`,
                      preciseDateInputValue(deadline.date, deadline.precision))}
                    aria-describedby={`deadline-${deadline.id}-hint`} className={input} />
                  <span id={`deadline-${deadline.id}-hint`} className="text-xs text-slate-600">
                    {words.hints[precision]}
                  </span>
                  <FieldError errors={fieldErrors} />
                </div>
                <div>
                  <label htmlFor={`deadline-${deadline.id}-precision`} className="text-xs">{words.precision}</label>
                  <select id={`deadline-${deadline.id}-precision`} name={`deadline.${deadline.id}.precision`}
                    defaultValue={precision} className={input}>
                    {PRECISION_VALUES.map((option) => (
                      <option key={option} value={option}>{words.precisions[option]}</option>
                    ))}
                  </select>
                </div>
              </div>
            );
          })}
          {(errors.confirmEarlyDeadlines || values.confirmEarlyDeadlines === "on") && (
            <label className="mt-2 flex items-center gap-2 text-sm">
              <input type="checkbox" name="confirmEarlyDeadlines" defaultChecked={values.confirmEarlyDeadlines === "on"} />
              {words.confirmEarly}
            </label>
          )}
        </fieldset>
      )}
      {commitment.targets.length > 0 && (
        <div className="grid gap-2 sm:col-span-2 sm:grid-cols-2">
          <div>
            <label htmlFor="update-target" className="text-sm font-medium">{words.target}</label>
            <select id="update-target" name="targetId" defaultValue={value("targetId", commitment.targets[0]?.id ?? "")}
              className={input}>
              {commitment.targets.map((target) => (
                <option key={target.id} value={target.id}>{target.label} ({target.unit})</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="update-value" className="text-sm font-medium">{words.valueReached}</label>
            <input id="update-value" name="valueReached" inputMode="decimal" defaultValue={value("valueReached", "")}
              className={input} />
            <FieldError errors={errors.valueReached} />
          </div>
        </div>
      )}
      {commitment.entries.length > 0 && (
        <div className="sm:col-span-2">
          <label htmlFor="update-corrects" className="text-sm font-medium">{words.corrects}</label>
          <select id="update-corrects" name="correctsId" defaultValue={value("correctsId", "")} className={input}>
            <option value="">{words.correctsNothing}</option>
            {commitment.entries.map((entry) => <option key={entry.id} value={entry.id}>{entry.label}</option>)}
          </select>
          <FieldError errors={errors.correctsId} />
        </div>
      )}
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-2 font-medium text-white">
          {pending ? t.staff.saving : words.submit}
        </button>
      </div>
    </form>
  );
}
