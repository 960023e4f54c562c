"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { protectedAction } from "@/lib/auth/protected-action";
import { createCommitment, editCommitment, setCommitmentArchived, type CommitmentWriteResult } from "@/lib/data/commitment-writes";
import type { ActionState } from "@/lib/validation/form-data";
import { commitmentFormInput, ZCommitmentArchive, ZCommitmentCreate, ZCommitmentEdit } from "@/lib/validation/commitment";

const ADMIN_ONLY = ["ADMIN"] as const;

function answer(result: CommitmentWriteResult, values: Record<string, string>): ActionState {
  switch (result.kind) {
    case "saved":
      revalidatePath("/", "layout");
      redirect(`/admin/commitments/${result.key}`);
    case "invalid":
      return { ok: false, message: "Some fields need attention; nothing was saved.", fieldErrors: result.fieldErrors, values };
    case "conflict":
      return { ok: false, values, message: "Not saved: someone changed this commitment after you opened it. Reload the " +
        "page to see their change; copy your text first, it is still in the form." };
    case "forbidden":
      return { ok: false, message: "Only admins create, edit or archive commitments.", values };
    case "not-found":
      return { ok: false, message: "This commitment no longer exists.", values };
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
