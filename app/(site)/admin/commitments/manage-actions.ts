"use server";

import { redirect } from "next/navigation";
import { protectedAction } from "@/lib/auth/protected-action";
import { setCommitmentContinuation } from "@/lib/data/commitment-continuation";
import { createCommitment, editCommitment, setCommitmentArchived } from "@/lib/data/commitment-writes";
import { messages } from "@/lib/messages/en";
import {
  commitmentFormInput, ZCommitmentArchive, ZCommitmentContinuation, ZCommitmentCreate, ZCommitmentEdit,
} from "@/lib/validation/commitment";

/** Creating, editing, linking into a chain and archiving are an admin's: refused by role rather than scope, and archived ones are edited too. */
const MANAGE = {
  roles: ["ADMIN"] as const,
  input: commitmentFormInput,
  answer: ({ key }: { key: string }) => redirect(`/admin/commitments/${key}`),
  refusals: { forbidden: messages.commitment.adminsOnly, "not-found": messages.commitment.gone },
};

export const createCommitmentAction = protectedAction({
  ...MANAGE, schema: ZCommitmentCreate, run: (actor, input) => createCommitment(actor, input),
});

export const editCommitmentAction = protectedAction({
  ...MANAGE, schema: ZCommitmentEdit, run: (actor, input) => editCommitment(actor, input),
});

export const archiveCommitmentAction = protectedAction({
  ...MANAGE, schema: ZCommitmentArchive, run: (actor, input) => setCommitmentArchived(actor, input),
});

export const setContinuationAction = protectedAction({
  ...MANAGE, schema: ZCommitmentContinuation, run: (actor, input) => setCommitmentContinuation(actor, input),
});
