"use server";

import { revalidatePath } from "next/cache";
import { protectedAction } from "@/lib/auth/protected-action";
import { logProgressUpdate } from "@/lib/data/progress-updates";
import { describeConflict } from "@/lib/domain/conflict-message";
import { progressUpdateInput, ZProgressUpdate } from "@/lib/validation/progress-update";

export const logProgressUpdateAction = protectedAction({
  roles: ["ADMIN", "EDITOR"],
  schema: ZProgressUpdate,
  input: progressUpdateInput,
  run: async (actor, input, values) => {
    const result = await logProgressUpdate(actor, input);
    switch (result.kind) {
      case "saved":
        revalidatePath("/", "layout");
        return { ok: true, message: "Update saved and added to the history." };
      case "invalid":
        return { ok: false, message: "Some fields need attention; nothing was saved.", fieldErrors: result.fieldErrors,
          values };
      case "conflict":
        // The next save is made knowingly against what the colleague saved.
        return { ok: false, message: describeConflict(result.changesSince),
          values: { ...values, expectedVersion: String(result.currentVersion) } };
      case "forbidden":
        return { ok: false, message: "This commitment is outside your scope: you can read it but not change it.",
          values };
      case "not-found":
        return { ok: false, message: "This commitment no longer exists or has been archived.", values };
    }
  },
});
