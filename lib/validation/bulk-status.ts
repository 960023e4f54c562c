import { z } from "zod";
import { STATUS_VALUES, ZEvidenceUrl } from "./progress-update";

export const MAX_BULK_SELECTION = 200;

export const ZBulkStatus = z.object({
  selected: z
    .array(z.string().regex(/^[^:\s]{1,64}:\d{1,9}$/, "The selection is malformed; reload the page."))
    .min(1, "Select at least one commitment.")
    .max(MAX_BULK_SELECTION, `Select at most ${MAX_BULK_SELECTION} commitments at a time.`)
    .transform((items) => items.map((item) => {
      const [commitmentId = "", version = "0"] = item.split(":");
      return { commitmentId, expectedVersion: Number(version) };
    })),
  status: z.enum(STATUS_VALUES, { error: "Choose the new status." }),
  statusReason: z.string().trim().min(1, "Say why the status changes; each history entry will carry this reason.")
    .max(2_000, "A reason has at most 2,000 characters."),
  evidenceUrl: z.union([z.literal(""), ZEvidenceUrl]),
  noEvidence: z.boolean(),
});
export type TBulkStatus = z.infer<typeof ZBulkStatus>;

export function bulkStatusInput(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  return {
    selected: form.getAll("selected").filter((value): value is string => typeof value === "string"),
    status: text("status"),
    statusReason: text("statusReason"),
    evidenceUrl: text("evidenceUrl"),
    noEvidence: text("noEvidence") === "on",
  };
}
