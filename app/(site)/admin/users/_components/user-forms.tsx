"use client";

import { useActionState } from "react";
import { addUserAction, resetPasswordAction, setUserDisabledAction, updateUserAction } from "../actions";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { useCatalogue } from "@/lib/i18n/client";
import type { Catalogue } from "@/lib/messages/en";
import { ROLES } from "@/lib/validation/user";

const input = "mt-1 w-full rounded border border-slate-400 px-2 py-1";

export function AddUserForm() {
  const [state, action, pending] = useActionState(addUserAction, {});
  const t = useCatalogue().staff.users;
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} key={JSON.stringify(values)} className="grid gap-3 sm:grid-cols-2" noValidate>
      <FormMessage state={state} />
      <div>
        <label htmlFor="new-email" className="text-sm font-medium">{t.email}</label>
        <input id="new-email" name="email" type="email" defaultValue={values.email ?? ""} className={input} />
        <FieldError errors={errors.email} />
      </div>
      <div>
        <label htmlFor="new-name" className="text-sm font-medium">{t.displayName}</label>
        <input id="new-name" name="displayName" defaultValue={values.displayName ?? ""} className={input} />
        <FieldError errors={errors.displayName} />
      </div>
      <div>
        <label htmlFor="new-role" className="text-sm font-medium">{t.role}</label>
        <select id="new-role" name="role" defaultValue={values.role ?? "EDITOR"} className={input}>
          {ROLES.map((role) => <option key={role} value={role}>{t.roleLabels[role]}</option>)}
        </select>
        <FieldError errors={errors.role} />
      </div>
      <div>
        <label htmlFor="new-password" className="text-sm font-medium">{t.password}</label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" className={input} />
        <FieldError errors={errors.password} />
      </div>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-blue-800 px-3 py-1.5 font-medium text-white">
          {pending ? t.adding : t.addButton}
        </button>
      </div>
    </form>
  );
}

export type UserRowData = {
  id: string;
  email: string;
  displayName: string;
  role: (typeof ROLES)[number];
  disabled: boolean;
  scopeAll: boolean;
  countryCodes: string[];
  pillarIds: string[];
};

/** What an editor may write, in words, so that an editor who writes nothing shows as such in the list. */
function scopeSummary(user: UserRowData, t: Catalogue["staff"]["users"]): string | null {
  if (user.role !== "EDITOR") return null;
  if (user.scopeAll) return t.writesAll;
  if (user.countryCodes.length === 0 && user.pillarIds.length === 0) return t.noScope;
  return null;
}

export function UserRow({ user, countries, pillars }: {
  user: UserRowData;
  countries: { code: string; name: string }[];
  pillars: { id: string; shortName: string; lang?: string }[];
}) {
  const [updateState, update, updating] = useActionState(updateUserAction, {});
  const [disableState, toggle] = useActionState(setUserDisabledAction, {});
  const [passwordState, reset] = useActionState(resetPasswordAction, {});
  const t = useCatalogue().staff.users;
  const summary = scopeSummary(user, t);
  return (
    <li className="rounded border border-slate-200 p-4" data-user={user.email}>
      <h3 className="font-semibold">
        <bdi>{user.displayName}</bdi> <span className="font-normal text-slate-700">&lt;{user.email}&gt;</span>
        {user.disabled && <span className="ml-2 rounded bg-zinc-200 px-1 text-xs">{t.disabled}</span>}
        {summary && <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">{summary}</span>}
      </h3>
      <form action={update} className="mt-2 grid gap-3 sm:grid-cols-3">
        <FormMessage state={updateState} />
        <input type="hidden" name="userId" value={user.id} />
        <div>
          <label htmlFor={`role-${user.id}`} className="text-sm font-medium">{t.role}</label>
          <select id={`role-${user.id}`} name="role" defaultValue={user.role} className={input}>
            {ROLES.map((role) => <option key={role} value={role}>{t.roleLabels[role]}</option>)}
          </select>
        </div>
        <fieldset>
          <legend className="text-sm font-medium">{t.scopeCountries}</legend>
          <label className="mt-1 flex items-center gap-1 text-sm">
            <input type="checkbox" name="scopeAll" value="true" defaultChecked={user.scopeAll} />
            {t.scopeAll}
          </label>
          <div className="mt-1 max-h-32 overflow-y-auto rounded border border-slate-300 p-1 text-sm">
            {countries.map((country) => (
              <label key={country.code} className="flex items-center gap-1">
                <input type="checkbox" name="countryCodes" value={country.code}
                  defaultChecked={user.countryCodes.includes(country.code)} />
                {country.name}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium">{t.scopePillars}</legend>
          <div className="mt-1 rounded border border-slate-300 p-1 text-sm">
            {pillars.map((pillar) => (
              <label key={pillar.id} className="flex items-center gap-1">
                <input type="checkbox" name="pillarIds" value={pillar.id} defaultChecked={user.pillarIds.includes(pillar.id)} />
                <span lang={pillar.lang}>{pillar.shortName}</span>
              </label>
            ))}
          </div>
          <p className="text-xs text-slate-600">{t.scopeHint}</p>
        </fieldset>
        <div>
          <button type="submit" disabled={updating} className="rounded border border-slate-500 px-3 py-1 text-sm">
            {t.saveScope}
          </button>
        </div>
      </form>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <form action={toggle}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          <button type="submit" className="rounded border border-slate-500 px-3 py-1 text-sm">
            {user.disabled ? t.enable(user.email) : t.disable(user.email)}
          </button>
          <FormMessage state={disableState} />
        </form>
        <form action={reset} className="flex items-end gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <div>
            <label htmlFor={`password-${user.id}`} className="text-sm font-medium">{t.newPassword}</label>
            <input id={`password-${user.id}`} name="password" type="password" autoComplete="new-password" className={input} />
          </div>
          <button type="submit" className="rounded border border-slate-500 px-3 py-1 text-sm">{t.resetPassword}</button>
          <FieldError errors={passwordState.fieldErrors?.password} />
          <FormMessage state={passwordState} />
        </form>
      </div>
    </li>
  );
}
