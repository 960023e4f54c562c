"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { importCommitmentsAction, type ImportState } from "../actions";
import { ImportPreview } from "./import-preview";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from "@/lib/domain/import-limit";
import { useCatalogue } from "@/lib/i18n/client";

/**
 * Upload, preview, apply. The form is submitted by hand rather than through its action so that React does not reset
 * it afterwards: the chosen file stays chosen, and "Apply" sends that same file again with the preview's digest.
 */
export function ImportForm() {
  const [state, dispatch, pending] = useActionState<ImportState, FormData>(importCommitmentsAction, {});
  const t = useCatalogue().staff.importPage;
  const [pickedAfter, setPickedAfter] = useState<ImportState | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const preview = pickedAfter === state ? undefined : state.preview;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const file = form.get("file");
    // The server refuses it too; saying so here spares sending megabytes that Next.js would cut off first.
    if (file instanceof File && file.size > MAX_IMPORT_BYTES) return setTooLarge(true);
    startTransition(() => dispatch(form));
  }

  return (
    <form action={dispatch} onSubmit={submit} className="mt-4">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="import-file" className="text-sm font-medium">{t.file(MAX_IMPORT_LABEL)}</label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required
            onChange={() => { setPickedAfter(state); setTooLarge(false); }}
            className="mt-1 block rounded border border-slate-400 px-2 py-1" aria-describedby="import-file-error" />
        </div>
        <button type="submit" name="intent" value="preview" disabled={pending}
          className="rounded border border-blue-800 px-3 py-1.5 font-medium text-blue-900">
          {pending ? t.reading : t.preview}
        </button>
        {preview?.applicable && (
          <>
            <input type="hidden" name="digest" value={preview.digest} />
            <button type="submit" name="intent" value="apply" disabled={pending}
              className="rounded bg-blue-800 px-3 py-1.5 font-medium text-white">
              {pending ? t.applying : t.apply}
            </button>
          </>
        )}
      </div>
      <FieldError id="import-file-error" errors={tooLarge ? [t.tooLarge(MAX_IMPORT_LABEL)]
        : (state.fieldErrors?.file ?? state.fieldErrors?.digest)} />
      <div className="mt-4"><FormMessage state={state} /></div>
      {preview && (
        <>
          <p className="mt-2 text-sm text-slate-700">{t.previewOf} <span className="font-mono">{preview.fileName}</span></p>
          {preview.notes.length > 0 && (
            <ul aria-label={t.notes} className="mt-2 list-inside list-disc text-sm text-slate-800">
              {preview.notes.map((note) => <li key={note}>{note}</li>)}
            </ul>
          )}
          <ImportPreview counts={preview.counts} page={preview.page} pending={pending} />
        </>
      )}
    </form>
  );
}
