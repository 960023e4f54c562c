"use server";

import { revalidatePath } from "next/cache";
import { protectedAction } from "@/lib/auth/protected-action";
import { bulkSetStatus } from "@/lib/data/bulk-status";
import { summariseBulkResults } from "@/lib/domain/bulk-summary";
import { bulkStatusInput, ZBulkStatus } from "@/lib/validation/bulk-status";

export const bulkSetStatusAction = protectedAction({
  roles: ["ADMIN", "EDITOR"],
  schema: ZBulkStatus,
  input: bulkStatusInput,
  run: async (actor, input, values) => {
    const { saved, outcomes } = await bulkSetStatus(actor, input);
    if (saved) revalidatePath("/", "layout");
    const message = summariseBulkResults(saved, outcomes.map(({ outcome }) => outcome));
    return { ok: saved, message, values: saved ? undefined : values };
  },
});
