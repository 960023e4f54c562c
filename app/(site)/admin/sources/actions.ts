"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { protectedAction, refusal } from "@/lib/auth/protected-action";
import { linkPassageAsReport, registerSourceDocument, type SourceWriteResult } from "@/lib/data/source-documents";
import type { ActionState } from "@/lib/validation/form-data";
import { sourceDocumentFormInput, ZPassageReport, ZSourceDocument } from "@/lib/validation/source-document";

const ADMIN_ONLY = ["ADMIN"] as const;

function answer(result: SourceWriteResult, values: Record<string, string>): ActionState {
  if (result.kind !== "saved") return refusal(result, values);
  revalidatePath("/", "layout");
  return { ok: true, message: result.message };
}

export const registerSourceDocumentAction = protectedAction({
  roles: ADMIN_ONLY, schema: ZSourceDocument, input: sourceDocumentFormInput,
  run: async (actor, input, values) => {
    const result = await registerSourceDocument(actor, input);
    if (result.kind === "saved") {
      revalidatePath("/", "layout");
      redirect(`/admin/sources/${result.key}?registered=1`);
    }
    return answer(result, values);
  },
});

export const linkPassageAsReportAction = protectedAction({
  roles: ADMIN_ONLY, schema: ZPassageReport, input: sourceDocumentFormInput,
  run: async (actor, input, values) => answer(await linkPassageAsReport(actor, input), values),
});
