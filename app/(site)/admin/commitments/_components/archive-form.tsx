"use client";

import { useActionState } from "react";
import { archiveCommitmentAction } from "../manage-actions";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { useCatalogue } from "@/lib/i18n/client";

export function ArchiveForm({ commitmentId, version, archived }: { commitmentId: string; version: number; archived: boolean }) {
  const [state, action, pending] = useActionState(archiveCommitmentAction, {});
  const t = useCatalogue().staff;
  return (
    <form action={action} className="mt-3 space-y-2" key={JSON.stringify(state.values ?? {})}>
      <FormMessage state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="expectedVersion" value={String(version)} />
      <input type="hidden" name="archive" value={archived ? "false" : "true"} />
      <label htmlFor="archive-reason" className="block text-sm font-medium">{t.reasonKept}</label>
      <input id="archive-reason" name="reason" defaultValue={state.values?.reason ?? ""}
        className="w-full rounded border border-slate-400 px-2 py-1" />
      <FieldError errors={state.fieldErrors?.reason} />
      <button type="submit" disabled={pending} className="rounded border border-slate-600 px-3 py-1">
        {archived ? t.fieldsForm.restoreButton : t.fieldsForm.archiveButton}
      </button>
    </form>
  );
}
