"use client";

import { useActionState } from "react";
import { setContinuationAction } from "../manage-actions";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { useCatalogue } from "@/lib/i18n/client";
import { CONTINUATION_VALUES } from "@/lib/validation/commitment";

const input = "mt-1 w-full rounded border border-slate-400 px-2 py-1";

/** The earlier commitment this one continues, and how; both empty for none. */
export function ContinuationForm({ commitmentId, version, continuesKey, continuation, commitments }: {
  commitmentId: string;
  version: number;
  continuesKey: string;
  continuation: string;
  commitments: { key: string; title: string }[];
}) {
  const [state, action, pending] = useActionState(setContinuationAction, {});
  const t = useCatalogue();
  const words = t.commitmentForm;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="mt-3 grid gap-4 sm:grid-cols-2" key={JSON.stringify(state.values ?? {})} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="expectedVersion" value={String(version)} />
      <div>
        <label htmlFor="chain-continues" className="text-sm font-medium">{words.continues}</label>
        <select id="chain-continues" name="continuesKey" defaultValue={state.values?.continuesKey ?? continuesKey}
          className={input}>
          <option value="">{words.continuesNone}</option>
          {commitments.map((commitment) => <option key={commitment.key} value={commitment.key}>{commitment.title}</option>)}
        </select>
        <FieldError errors={errors.continuesKey} />
      </div>
      <div>
        <label htmlFor="chain-continuation" className="text-sm font-medium">{words.continuation}</label>
        <select id="chain-continuation" name="continuation" defaultValue={state.values?.continuation ?? continuation}
          className={input}>
          <option value="">{words.continuesNone}</option>
          {CONTINUATION_VALUES.map((kind) => <option key={kind} value={kind}>{t.chain.kinds[kind]}</option>)}
        </select>
        <FieldError errors={errors.continuation} />
      </div>
      <div>
        <button type="submit" disabled={pending} className="rounded border border-slate-600 px-3 py-1">
          {pending ? words.saving : words.saveChain}
        </button>
      </div>
    </form>
  );
}
