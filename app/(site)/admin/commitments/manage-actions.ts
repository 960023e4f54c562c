"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { protectedAction } from "@/lib/auth/protected-action";
import { createCommitment, editCommitment, setCommitmentArchived, type CommitmentWriteResult } from "@/lib/data/commitment-writes";
import { messages } from "@/lib/messages/en";
import type { ActionState } from "@/lib/validation/form-data";
import { commitmentFormInput, ZCommitmentArchive, ZCommitmentCreate, ZCommitmentEdit } from "@/lib/validation/commitment";

const ADMIN_ONLY = ["ADMIN"] as const;

function answer(result: CommitmentWriteResult, values: Record<string, string>): ActionState {
  switch (result.kind) {
    case "saved":
      revalidatePath("/", "layout");
      redirect(`/admin/commitments/${result.key}`);
    case "invalid":
      return { ok: false, message: messages.form.needsAttention, fieldErrors: result.fieldErrors, values };
    case "conflict":
      return { ok: false, values, message: messages.commitment.changedSinceOpened };
    case "forbidden":
      return { ok: false, message: messages.commitment.adminsOnly, values };
    case "not-found":
      return { ok: false, message: messages.commitment.gone, values };
  }
}

export const createCommitmentAction = protectedAction({
  roles: ADMIN_ONLY, schema: ZCommitmentCreate, input: commitmentFormInput,
  run: async (actor, input, values) => answer(await createCommitment(actor, input), values),
});

export const editCommitmentAction = protectedAction({
  roles: ADMIN_ONLY, schema: ZCommitmentEdit, input: commitmentFormInput,
  run: async (actor, input, values) => answer(await editCommitment(actor, input), values),
});

export const archiveCommitmentAction = protectedAction({
  roles: ADMIN_ONLY, schema: ZCommitmentArchive, input: commitmentFormInput,
  run: async (actor, input, values) => answer(await setCommitmentArchived(actor, input), values),
});
