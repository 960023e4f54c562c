"use server";

import { revalidatePath } from "next/cache";
import { protectedAction } from "@/lib/auth/protected-action";
import { createUser, findUserById, resetUserPassword, setUserDisabled, setUserRole, setUserScope, UserExistsError } from "@/lib/data/users";
import { messages } from "@/lib/messages/en";
import { userFormInput, ZUserCreate, ZUserDisable, ZUserPasswordReset, ZUserUpdate } from "@/lib/validation/user";

const ADMIN_ONLY = ["ADMIN"] as const;

export const addUserAction = protectedAction({
  roles: ADMIN_ONLY,
  schema: ZUserCreate,
  input: userFormInput,
  run: async (actor, input, values) => {
    try {
      const user = await createUser(actor, input);
      revalidatePath("/admin/users");
      return { ok: true, message: messages.users.added(user.email, user.role.toLowerCase(), user.role === "EDITOR") };
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
  run: async (actor, input) => {
    const roleChanged = (await findUserById(input.userId))?.role !== input.role;
    await setUserRole(actor, input.userId, input.role);
    const user = await setUserScope(actor, input.userId,
      { all: input.all, countryCodes: input.countryCodes, pillarIds: input.pillarIds });
    revalidatePath("/admin/users");
    return { ok: true, message: messages.users.saved(user?.email ?? "the user", roleChanged) };
  },
});

export const setUserDisabledAction = protectedAction({
  roles: ADMIN_ONLY,
  schema: ZUserDisable,
  input: userFormInput,
  run: async (actor, input) => {
    const user = await setUserDisabled(actor, input.userId, input.disabled);
    revalidatePath("/admin/users");
    return { ok: true, message: messages.users.disabled(user.email, input.disabled) };
  },
});

export const resetPasswordAction = protectedAction({
  roles: ADMIN_ONLY,
  schema: ZUserPasswordReset,
  input: userFormInput,
  run: async (actor, input) => {
    const user = await resetUserPassword(actor, input.userId, input.password);
    return { ok: true, message: messages.users.passwordReset(user.email) };
  },
});
