"use server";

import { protectedAction } from "@/lib/auth/protected-action";
import { createUser, resetUserPassword, setUserDisabled, updateUser } from "@/lib/data/users";
import { userFormInput, ZUserCreate, ZUserDisable, ZUserPasswordReset, ZUserUpdate } from "@/lib/validation/user";

// The account writes refuse by throwing (lib/data/users.ts, shared with `npm run user`); the pipeline says why.
const ACCOUNTS = { roles: ["ADMIN"] as const, input: userFormInput };

export const addUserAction = protectedAction({
  ...ACCOUNTS, schema: ZUserCreate,
  run: (actor, input) => createUser(actor, input),
  answer: (user, _values, _input, { t }) => t.users.added(user.email, t.staff.roles[user.role], user.role === "EDITOR"),
});

export const updateUserAction = protectedAction({
  ...ACCOUNTS, schema: ZUserUpdate,
  run: (actor, input) => updateUser(actor, input),
  answer: ({ email, roleChanged }, _values, _input, { t }) => t.users.saved(email, roleChanged),
});

export const setUserDisabledAction = protectedAction({
  ...ACCOUNTS, schema: ZUserDisable,
  run: (actor, input) => setUserDisabled(actor, input.userId, input.disabled),
  answer: (user, _values, input, { t }) => t.users.disabled(user.email, input.disabled),
});

export const resetPasswordAction = protectedAction({
  ...ACCOUNTS, schema: ZUserPasswordReset,
  run: (actor, input) => resetUserPassword(actor, input.userId, input.password),
  answer: (user, _values, _input, { t }) => t.users.passwordReset(user.email),
});
