"use server";

import { revalidatePath } from "next/cache";
import { protectedAction } from "@/lib/auth/protected-action";
import { createUser, resetUserPassword, setUserDisabled, setUserRole, setUserScope, UserExistsError } from "@/lib/data/users";
import { userFormInput, ZUserCreate, ZUserDisable, ZUserPasswordReset, ZUserUpdate } from "@/lib/validation/user";

const ADMIN_ONLY = ["ADMIN"] as const;
const SELF = "You cannot change your own role or disable yourself; ask another admin.";

export const addUserAction = protectedAction({
  roles: ADMIN_ONLY,
  schema: ZUserCreate,
  input: userFormInput,
  run: async (_actor, input, values) => {
    try {
      const user = await createUser(input);
      revalidatePath("/admin/users");
      const scopeHint = user.role === "EDITOR" ? " They write nothing until you give them a scope below." : "";
      return { ok: true, message: `Added ${user.email} as ${user.role.toLowerCase()}.${scopeHint} Give them their password in person.` };
    } catch (error) {
      if (error instanceof UserExistsError) {
        return { ok: false, message: error.message, fieldErrors: { email: [error.message] }, values };
      }
      throw error;
    }
  },
});

export const updateUserAction = protectedAction({
  roles: ADMIN_ONLY,
  schema: ZUserUpdate,
  input: userFormInput,
  run: async (actor, input, values) => {
    if (input.userId === actor.id && input.role !== actor.role) return { ok: false, message: SELF, values };
    await setUserRole(input.userId, input.role);
    const user = await setUserScope(input.userId, { all: input.all, countryCodes: input.countryCodes, pillarIds: input.pillarIds });
    revalidatePath("/admin/users");
    return { ok: true, message: `Saved role and scope of ${user?.email ?? "the user"}; their sessions have ended.` };
  },
});

export const setUserDisabledAction = protectedAction({
  roles: ADMIN_ONLY,
  schema: ZUserDisable,
  input: userFormInput,
  run: async (actor, input, values) => {
    if (input.userId === actor.id) return { ok: false, message: SELF, values };
    const user = await setUserDisabled(input.userId, input.disabled);
    revalidatePath("/admin/users");
    return { ok: true, message: `${user.email} is ${input.disabled ? "disabled" : "enabled"}.` };
  },
});

export const resetPasswordAction = protectedAction({
  roles: ADMIN_ONLY,
  schema: ZUserPasswordReset,
  input: userFormInput,
  run: async (_actor, input) => {
    const user = await resetUserPassword(input.userId, input.password);
    return { ok: true, message: `Password of ${user.email} changed; their existing sessions have ended.` };
  },
});
