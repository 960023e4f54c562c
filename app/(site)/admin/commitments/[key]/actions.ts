"use server";

import { revalidatePath } from "next/cache";
import { protectedAction, refusal } from "@/lib/auth/protected-action";
import { logProgressUpdate } from "@/lib/data/progress-updates";
import { describeConflict } from "@/lib/domain/conflict-message";
import { messages } from "@/lib/messages/en";
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
        return { ok: true, message: messages.progress.saved };
      case "conflict":
        // The next save is made knowingly against what the colleague saved.
        return { ok: false, message: describeConflict(result.changesSince),
          values: { ...values, expectedVersion: String(result.currentVersion) } };
      default:
        return refusal(result, values);
    }
  },
});
