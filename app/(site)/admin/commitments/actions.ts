"use server";

import { revalidatePath } from "next/cache";
import { protectedAction } from "@/lib/auth/protected-action";
import { bulkSetStatus } from "@/lib/data/progress-updates";
import { summariseBulkResults } from "@/lib/domain/bulk-summary";
import { bulkStatusInput, ZBulkStatus } from "@/lib/validation/bulk-status";

export const bulkSetStatusAction = protectedAction({
  roles: ["ADMIN", "EDITOR"],
  schema: ZBulkStatus,
  input: bulkStatusInput,
  run: async (actor, input, values) => {
    const results = await bulkSetStatus(actor, input);
    revalidatePath("/", "layout");
    const summary = summariseBulkResults(results.map(({ result }) => result.kind));
    return { ok: summary.failed === 0, message: summary.message, values: summary.failed === 0 ? undefined : values };
  },
});
