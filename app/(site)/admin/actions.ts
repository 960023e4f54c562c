"use server";

import { protectedAction } from "@/lib/auth/protected-action";
import { setOwnLocale } from "@/lib/data/users";
import { formValues } from "@/lib/validation/form-data";
import { ZOwnLocale } from "@/lib/validation/user";

/** Every staff member chooses the language of their own reminder e-mail; nobody else's. */
export const setOwnLocaleAction = protectedAction({
  roles: ["ADMIN", "EDITOR", "VIEWER"],
  schema: ZOwnLocale,
  input: formValues,
  run: (actor, input) => setOwnLocale(actor.id, input.locale),
  answer: ({ locale }, _values, _input, { t }) => t.staff.home.emailLanguageSaved(t.content.languageNames[locale]),
});
