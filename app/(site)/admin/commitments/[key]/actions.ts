"use server";

import { protectedAction } from "@/lib/auth/protected-action";
import { logProgressUpdate } from "@/lib/data/progress-updates";
import { progressUpdateInput, ZProgressUpdate } from "@/lib/validation/progress-update";

export const logProgressUpdateAction = protectedAction({
  roles: ["ADMIN", "EDITOR"],
  schema: ZProgressUpdate,
  input: progressUpdateInput,
  run: (actor, input, t, locale) => logProgressUpdate(actor, input, t, locale),
  answer: (_result, _values, _input, { t }) => t.progress.saved,
});
