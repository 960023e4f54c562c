"use client";

import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { useCatalogue } from "@/lib/i18n/client";
import { registerSourceDocumentAction } from "../actions";

const input = "mt-1 w-full rounded border border-slate-400 px-2 py-1";

const FIELDS = [
  { name: "key", type: "text" },
  { name: "title", type: "text" },
  { name: "publisher", type: "text" },
  { name: "url", type: "url" },
  { name: "publishedOn", type: "date" },
  { name: "meetingName", type: "text" },
  { name: "meetingDate", type: "date" },
  { name: "meetingPlace", type: "text" },
] as const;

export function SourceDocumentForm({ frameworks }: { frameworks: { key: string; name: string }[] }) {
  const [state, action, pending] = useActionState(registerSourceDocumentAction, {});
  const staff = useCatalogue().staff;
  const t = staff.sources;
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} key={JSON.stringify(values)} className="grid max-w-4xl gap-4 sm:grid-cols-2" noValidate>
      <FormMessage state={state} />
      <div className="sm:col-span-2">
        <label htmlFor="s-frameworkKey" className="text-sm font-medium">{t.framework}</label>
        <select id="s-frameworkKey" name="frameworkKey" defaultValue={values.frameworkKey ?? frameworks[0]?.key} className={input}>
          {frameworks.map((framework) => <option key={framework.key} value={framework.key}>{framework.name}</option>)}
        </select>
        <FieldError errors={errors.frameworkKey} />
      </div>
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label htmlFor={`s-${field.name}`} className="text-sm font-medium">{t.fields[field.name]}</label>
          <input id={`s-${field.name}`} name={field.name} type={field.type} defaultValue={values[field.name] ?? ""} className={input} />
          <FieldError errors={errors[field.name]} />
        </div>
      ))}
      <div className="sm:col-span-2">
        <label htmlFor="s-text" className="text-sm font-medium">{t.text}</label>
        <textarea id="s-text" name="text" rows={16} defaultValue={values.text ?? ""} className={`${input} font-mono text-sm`} />
        <FieldError errors={errors.text} />
      </div>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-2 font-medium text-white">
          {pending ? staff.saving : t.submit}
        </button>
      </div>
    </form>
  );
}
