import { z } from "zod";
import { LOCALES } from "../domain/localized-text";
import { withoutBidiControls } from "./bidi";

export const ROLES = ["ADMIN", "EDITOR", "VIEWER"] as const;

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "An email address has at most 254 characters.")
  .email("Enter an email address such as name@example.org.");

export const ZPassword = z
  .string()
  .min(12, "A password needs at least 12 characters.")
  .max(256, "A password has at most 256 characters.");

export const ZDisplayName = withoutBidiControls(z
  .string()
  .trim()
  .min(1, "Enter the name colleagues and the public will see.")
  .max(80, "A display name has at most 80 characters."), "display name");

export const ZRole = z.enum(ROLES, { error: "Choose a role: admin, editor or viewer." });

export const ZLocale = z.enum(LOCALES, { error: "Choose English or Spanish." });

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password.").max(256, "A password has at most 256 characters."),
  /** The language of the sign-in page, which becomes the account's: absent from a sign-in by another client. */
  locale: ZLocale.optional().catch(undefined),
});

/** A staff member's own language, for the reminder e-mail. */
export const ZOwnLocale = z.object({ locale: ZLocale });

export const ZUserCreate = z.object({
  email: ZEmail,
  displayName: ZDisplayName,
  role: ZRole,
  password: ZPassword,
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserScope = z.object({
  all: z.boolean(),
  countryCodes: z.array(z.string().regex(/^[A-Z]{2}$/, "Country codes are two capital letters.")).max(300),
  pillarIds: z.array(z.string().min(1).max(64)).max(50),
});
export type TUserScope = z.infer<typeof ZUserScope>;

export const ZUserUpdate = z.object({
  userId: z.string().min(1).max(64),
  role: ZRole,
  ...ZUserScope.shape,
});
export type TUserUpdate = z.infer<typeof ZUserUpdate>;

export const ZUserDisable = z.object({ userId: z.string().min(1).max(64), disabled: z.boolean() });

export const ZUserPasswordReset = z.object({ userId: z.string().min(1).max(64), password: ZPassword });

export function userFormInput(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const list = (name: string) => form.getAll(name).filter((value): value is string => typeof value === "string");
  return {
    userId: text("userId"),
    email: text("email"),
    displayName: text("displayName"),
    role: text("role"),
    password: text("password"),
    countryCodes: list("countryCodes"),
    pillarIds: list("pillarIds"),
    all: text("scopeAll") === "true",
    disabled: text("disabled") === "true",
  };
}
