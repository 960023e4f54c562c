"use server";

import { redirect } from "next/navigation";
import { protectedAction } from "@/lib/auth/protected-action";
import type { RequestWords } from "@/lib/i18n/request-words";
import type { Catalogue } from "@/lib/messages/en";
import { setCommitmentContinuation } from "@/lib/data/commitment-continuation";
import { createCommitment, editCommitment, setCommitmentArchived } from "@/lib/data/commitment-writes";
import {
  commitmentFormInput, ZCommitmentArchive, ZCommitmentContinuation, ZCommitmentCreate, ZCommitmentEdit,
} from "@/lib/validation/commitment";

/** Creating, editing, linking into a chain and archiving are an admin's: refused by role rather than scope, and archived ones are edited too. */
const MANAGE = {
  roles: ["ADMIN"] as const,
  input: commitmentFormInput,
  answer: ({ key }: { key: string }, _values: unknown, _input: unknown, { href }: RequestWords) =>
    redirect(href(`/admin/commitments/${key}`)),
  refusals: (t: Catalogue) => ({ forbidden: t.commitment.adminsOnly, "not-found": t.commitment.gone }),
};

export const createCommitmentAction = protectedAction({
  ...MANAGE, schema: ZCommitmentCreate, run: (actor, input, t) => createCommitment(actor, input, t),
});

export const editCommitmentAction = protectedAction({
  ...MANAGE, schema: ZCommitmentEdit, run: (actor, input) => editCommitment(actor, input),
});

export const archiveCommitmentAction = protectedAction({
  ...MANAGE, schema: ZCommitmentArchive, run: (actor, input) => setCommitmentArchived(actor, input),
});

export const setContinuationAction = protectedAction({
  ...MANAGE, schema: ZCommitmentContinuation, run: (actor, input, t) => setCommitmentContinuation(actor, input, t),
});
