"use server";

import { redirect } from "next/navigation";
import { protectedAction } from "@/lib/auth/protected-action";
import { linkPassageAsReport, registerSourceDocument } from "@/lib/data/source-documents";
import { messages } from "@/lib/messages/en";
import { sourceDocumentFormInput, ZPassageReport, ZSourceDocument } from "@/lib/validation/source-document";

/** Taking in documents is an admin's, like making commitments: refused by role, not by scope. */
const ADMIN_ONLY = {
  roles: ["ADMIN"] as const,
  input: sourceDocumentFormInput,
  refusals: { forbidden: messages.commitment.adminsOnly, "not-found": messages.sources.unknownDocument },
};

export const registerSourceDocumentAction = protectedAction({
  ...ADMIN_ONLY, schema: ZSourceDocument, run: (actor, input) => registerSourceDocument(actor, input),
  answer: ({ key }) => redirect(`/admin/sources/${key}?registered=1`),
});

export const linkPassageAsReportAction = protectedAction({
  ...ADMIN_ONLY, schema: ZPassageReport, run: (actor, input) => linkPassageAsReport(actor, input),
  answer: ({ message }) => message,
});
