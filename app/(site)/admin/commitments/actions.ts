"use server";

import { protectedAction } from "@/lib/auth/protected-action";
import { bulkSetStatus } from "@/lib/data/bulk-status";
import { summariseBulkResults } from "@/lib/domain/bulk-summary";
import { bulkStatusInput, ZBulkStatus } from "@/lib/validation/bulk-status";
import type { ActionState } from "@/lib/validation/form-data";

export const bulkSetStatusAction = protectedAction({
  roles: ["ADMIN", "EDITOR"],
  schema: ZBulkStatus,
  input: bulkStatusInput,
  run: (actor, input) => bulkSetStatus(actor, input),
  answer: ({ kind, outcomes }, values, _input, { t }): ActionState => {
    const saved = kind === "saved";
    // All or nothing: when one is held back, the ticked rows come back to be unticked or reloaded.
    return { ok: saved, message: summariseBulkResults(saved, outcomes.map(({ outcome }) => outcome), t.bulk),
      values: saved ? undefined : values };
  },
});
