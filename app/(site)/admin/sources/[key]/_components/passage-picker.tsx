"use client";

import { useActionState, useEffect, useState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { useCatalogue, useLocalePath } from "@/lib/i18n/client";
import { linkPassageAsReportAction } from "../../actions";

const input = "mt-1 w-full rounded border border-slate-400 px-2 py-1";

/**
 * The passage staff work on: what they select in the document's text (the element with id "document-text") fills
 * it, or they paste it. From it, a new commitment (the form opens with the quote filled in) or a progress report on a
 * commitment that exists. Without JavaScript the passage is pasted by hand and both forms still post.
 */
export function PassagePicker({ documentKey, commitments }: { documentKey: string; commitments: { key: string; title: string }[] }) {
  const [state, action, pending] = useActionState(linkPassageAsReportAction, {});
  const t = useCatalogue();
  const words = t.staff.sources;
  const href = useLocalePath();
  const [passage, setPassage] = useState(state.values?.passage ?? "");
  useEffect(() => {
    const text = document.getElementById("document-text");
    const take = () => {
      const selection = window.getSelection();
      if (!text || !selection || selection.isCollapsed || !text.contains(selection.anchorNode)) return;
      setPassage(selection.toString().replace(/\s+/g, " ").trim());
    };
    document.addEventListener("mouseup", take);
    document.addEventListener("keyup", take);
    return () => {
      document.removeEventListener("mouseup", take);
      document.removeEventListener("keyup", take);
    };
  }, []);
  const errors = state.fieldErrors ?? {};
  return (
    <section aria-labelledby="passage-heading" className="rounded border border-slate-300 bg-slate-50 p-4">
      <h2 id="passage-heading" className="font-semibold">{words.passage}</h2>
      <p className="text-sm text-slate-700">{words.passageHint}</p>
      <label htmlFor="passage" className="sr-only">{words.passage}</label>
      <textarea id="passage" rows={5} value={passage} onChange={(event) => setPassage(event.target.value)}
        className={input} />
      <form action={href("/admin/commitments/new")} method="get" className="mt-3">
        <input type="hidden" name="source" value={documentKey} />
        <input type="hidden" name="passage" value={passage} />
        <button type="submit" className="rounded bg-blue-800 px-3 py-1.5 text-sm font-medium text-white">
          {t.commitmentForm.fromPassage}
        </button>
      </form>
      <form action={action} className="mt-4 grid gap-2" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="documentKey" value={documentKey} />
        <input type="hidden" name="passage" value={passage} />
        <label htmlFor="report-commitment" className="text-sm font-medium">{words.reportOn}</label>
        <select id="report-commitment" name="commitmentKey" defaultValue={state.values?.commitmentKey ?? ""} className={input}>
          <option value="" disabled>{words.chooseCommitment}</option>
          {commitments.map((commitment) => <option key={commitment.key} value={commitment.key}>{commitment.title}</option>)}
        </select>
        <FieldError errors={errors.commitmentKey} />
        <FieldError errors={errors.passage} />
        <div>
          <button type="submit" disabled={pending} className="rounded border border-blue-800 px-3 py-1.5 text-sm font-medium text-blue-900">
            {pending ? t.staff.saving : words.linkReport}
          </button>
        </div>
      </form>
    </section>
  );
}
