"use server";

import { protectedAction } from "@/lib/auth/protected-action";
import { importUpload } from "@/lib/data/csv-import-apply";
import type { ImportPreview } from "@/lib/data/csv-import";
import { pageOfPlan, summarisePlan, type ImportPlan, type PreviewPage } from "@/lib/domain/csv-import-diff";
import type { ActionState } from "@/lib/validation/form-data";
import { importUploadInput, ZImportUpload } from "@/lib/validation/import-upload";

export type ImportState = ActionState & {
  preview?: { fileName: string; digest: string; applicable: boolean; counts: ImportPlan["counts"]; page: PreviewPage;
    notes: string[] };
};

/** Counts and one page of the rows that change or fail: never every row, which for a large file was megabytes. */
function shown(preview: ImportPreview, message: string, page: number): ImportState {
  const { counts } = preview.plan;
  return {
    ok: counts.error === 0, message,
    preview: { fileName: preview.fileName, digest: preview.digest, counts, page: pageOfPlan(preview.plan, page),
      notes: preview.notes, applicable: counts.error === 0 && counts.create + counts.change > 0 },
  };
}

/** Preview (writes nothing) or apply (the same file again, with the digest of the preview the admin confirmed). */
export const importCommitmentsAction = protectedAction({
  roles: ["ADMIN"],
  schema: ZImportUpload,
  input: importUploadInput,
  run: (actor, input, t) => importUpload(actor, input, t),
  answer: (result, _values, input, { t }): ImportState => {
    switch (result.kind) {
      case "preview":
        return shown(result, summarisePlan(result.plan.counts, t.importFile.summary), input.page);
      case "stale":
        return { ...shown(result.preview, t.import.stale, 1), ok: false };
      case "saved":
        return { ok: true, message: t.import.applied(result.importId, result.created, result.changed, result.skipped) };
    }
  },
});
