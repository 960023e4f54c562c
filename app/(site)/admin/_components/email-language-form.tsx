"use client";

import { useActionState } from "react";
import { setOwnLocaleAction } from "../actions";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { LOCALES, type Locale } from "@/lib/domain/localized-text";
import { useCatalogue } from "@/lib/i18n/client";

export function EmailLanguageForm({ locale }: { locale: Locale }) {
  const [state, action, pending] = useActionState(setOwnLocaleAction, {});
  const t = useCatalogue();
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-2 text-sm">
      <FormMessage state={state} />
      <div>
        <label htmlFor="email-language" className="block font-medium">{t.staff.home.emailLanguage}</label>
        <select id="email-language" name="locale" defaultValue={state.values?.locale ?? locale}
          className="mt-1 rounded border border-slate-400 px-2 py-1">
          {LOCALES.map((option) => <option key={option} value={option}>{t.content.languageNames[option]}</option>)}
        </select>
        <FieldError errors={state.fieldErrors?.locale} />
      </div>
      <button type="submit" disabled={pending} className="rounded border border-slate-600 px-3 py-1">
        {pending ? t.staff.saving : t.staff.reminders.save}
      </button>
    </form>
  );
}
