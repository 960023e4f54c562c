"use server";

import { redirect } from "next/navigation";
import { protectedAction } from "@/lib/auth/protected-action";
import type { Catalogue } from "@/lib/messages/en";
import { linkPassageAsReport, registerSourceDocument } from "@/lib/data/source-documents";
import { sourceDocumentFormInput, ZPassageReport, ZSourceDocument } from "@/lib/validation/source-document";

/** Taking in documents is an admin's, like making commitments: refused by role, not by scope. */
const ADMIN_ONLY = {
  roles: ["ADMIN"] as const,
  input: sourceDocumentFormInput,
  refusals: (t: Catalogue) => ({ forbidden: t.commitment.adminsOnly, "not-found": t.sources.unknownDocument }),
};

export const registerSourceDocumentAction = protectedAction({
  ...ADMIN_ONLY, schema: ZSourceDocument, run: (actor, input) => registerSourceDocument(actor, input),
  answer: ({ key }, _values, _input, { href }) => redirect(href(`/admin/sources/${key}?registered=1`)),
});

export const linkPassageAsReportAction = protectedAction({
  ...ADMIN_ONLY, schema: ZPassageReport, run: (actor, input, t) => linkPassageAsReport(actor, input, t),
  answer: ({ title }, _values, _input, { t }) => t.sources.reportLinked(title),
});
