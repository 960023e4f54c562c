"use client";

import { useActionState } from "react";
import { createCommitmentAction, editCommitmentAction } from "../manage-actions";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { useCatalogue } from "@/lib/i18n/client";
import { CONTINUATION_VALUES, TYPE_VALUES } from "@/lib/validation/commitment";

const input = "mt-1 w-full rounded border border-slate-400 px-2 py-1";

export type CommitmentFormDefaults = {
  commitmentId?: string;
  expectedVersion?: number;
  declarationId: string;
  key: string;
  title: string;
  description: string;
  titleEs: string;
  descriptionEs: string;
  sourceText: string;
  sourceSection: string;
  pillarId: string;
  type: string;
  leadCountry: string;
  partnerCountries: string[];
  collectiveActor: string;
  parentKey: string;
  continuesKey?: string;
  continuation?: string;
};

/** What creating needs besides the fields: the documents to choose from and the commitments a new one may continue. */
export type CreateChoices = {
  documents: { id: string; title: string; framework: string }[];
  commitments: { key: string; title: string }[];
};

/** Create and edit share one form; with a commitmentId it edits, else it creates. */
export function CommitmentFieldsForm({ defaults, pillars, countries, parents, create }: {
  defaults: CommitmentFormDefaults;
  create?: CreateChoices;
  pillars: { id: string; name: string; lang?: string }[];
  countries: { code: string; name: string }[];
  parents: { key: string; title: string }[];
}) {
  const editing = defaults.commitmentId !== undefined;
  const t = useCatalogue();
  const words = t.commitmentForm;
  const labels = t.staff.fieldsForm;
  const [state, action, pending] = useActionState(editing ? editCommitmentAction : createCommitmentAction, {});
  const values = state.values;
  const value = (name: keyof CommitmentFormDefaults) => values?.[name] ?? String(defaults[name] ?? "");
  const partners = values ? (values.partnerCountries ?? "").split("\n").filter(Boolean) : defaults.partnerCountries;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} key={JSON.stringify(values ?? {})} className="grid gap-4 sm:grid-cols-2" noValidate>
      <FormMessage state={state} />
      {create ? (
        <div className="sm:col-span-2">
          <label htmlFor="c-document" className="text-sm font-medium">{words.document}</label>
          <select id="c-document" name="declarationId" defaultValue={value("declarationId")} className={input}>
            {create.documents.map((document) => (
              <option key={document.id} value={document.id}>{document.framework}: {document.title}</option>
            ))}
          </select>
          <FieldError errors={errors.declarationId} />
        </div>
      ) : <input type="hidden" name="declarationId" value={defaults.declarationId} />}
      {editing && <input type="hidden" name="commitmentId" value={defaults.commitmentId} />}
      {editing && <input type="hidden" name="expectedVersion" value={String(defaults.expectedVersion)} />}
      {!editing && (
        <div>
          <label htmlFor="c-key" className="text-sm font-medium">{labels.key}</label>
          <input id="c-key" name="key" defaultValue={value("key")} className={input} />
          <FieldError errors={errors.key} />
        </div>
      )}
      <div className={editing ? "sm:col-span-2" : ""}>
        <label htmlFor="c-title" className="text-sm font-medium">{labels.title}</label>
        <input id="c-title" name="title" defaultValue={value("title")} className={input} />
        <FieldError errors={errors.title} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="c-description" className="text-sm font-medium">{labels.description}</label>
        <textarea id="c-description" name="description" rows={3} defaultValue={value("description")} className={input} />
        <FieldError errors={errors.description} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="c-title-es" className="text-sm font-medium">{t.content.spanishTitle}</label>
        <input id="c-title-es" name="titleEs" lang="es" defaultValue={value("titleEs")} className={input}
          aria-describedby="c-spanish-hint" />
        <FieldError errors={errors.titleEs} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="c-description-es" className="text-sm font-medium">{t.content.spanishDescription}</label>
        <textarea id="c-description-es" name="descriptionEs" lang="es" rows={3} defaultValue={value("descriptionEs")}
          className={input} aria-describedby="c-spanish-hint" />
        <FieldError errors={errors.descriptionEs} />
        <p id="c-spanish-hint" className="mt-1 text-sm text-slate-700">{t.content.spanishHint}</p>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="c-source" className="text-sm font-medium">{labels.sourceText}</label>
        <textarea id="c-source" name="sourceText" rows={3} defaultValue={value("sourceText")} className={input} />
        <FieldError errors={errors.sourceText} id="c-source-error" />
      </div>
      <div>
        <label htmlFor="c-section" className="text-sm font-medium">{labels.sourceSection}</label>
        <input id="c-section" name="sourceSection" defaultValue={value("sourceSection")} className={input} />
        <FieldError errors={errors.sourceSection} />
      </div>
      <div>
        <label htmlFor="c-type" className="text-sm font-medium">{labels.type}</label>
        <select id="c-type" name="type" defaultValue={value("type")} className={input}>
          <option value="" disabled>{t.staff.choose}</option>
          {TYPE_VALUES.map((type) => <option key={type} value={type}>{labels.types[type]}</option>)}
        </select>
        <FieldError errors={errors.type} />
      </div>
      <div>
        <label htmlFor="c-pillar" className="text-sm font-medium">{labels.pillar}</label>
        <select id="c-pillar" name="pillarId" defaultValue={value("pillarId")} className={input}>
          <option value="">{labels.pillarNone}</option>
          {pillars.map((pillar) => <option key={pillar.id} value={pillar.id} lang={pillar.lang}>{pillar.name}</option>)}
        </select>
        <FieldError errors={errors.pillarId} />
      </div>
      <div>
        <label htmlFor="c-parent" className="text-sm font-medium">{labels.parent}</label>
        <select id="c-parent" name="parentKey" defaultValue={value("parentKey")} className={input}>
          <option value="">{labels.parentNone}</option>
          {parents.map((parent) => <option key={parent.key} value={parent.key}>{parent.title}</option>)}
        </select>
        <FieldError errors={errors.parentKey} />
      </div>
      {create && (
        <>
          <div>
            <label htmlFor="c-continues" className="text-sm font-medium">{words.continues}</label>
            <select id="c-continues" name="continuesKey" defaultValue={value("continuesKey")} className={input}>
              <option value="">{words.continuesNone}</option>
              {create.commitments.map((commitment) => <option key={commitment.key} value={commitment.key}>{commitment.title}</option>)}
            </select>
            <FieldError errors={errors.continuesKey} />
          </div>
          <div>
            <label htmlFor="c-continuation" className="text-sm font-medium">{words.continuation}</label>
            <select id="c-continuation" name="continuation" defaultValue={value("continuation")} className={input}>
              <option value="">{words.continuesNone}</option>
              {CONTINUATION_VALUES.map((kind) => <option key={kind} value={kind}>{t.chain.kinds[kind]}</option>)}
            </select>
            <FieldError errors={errors.continuation} />
          </div>
        </>
      )}
      <div>
        <label htmlFor="c-lead" className="text-sm font-medium">{labels.lead}</label>
        <select id="c-lead" name="leadCountry" defaultValue={value("leadCountry")} className={input}>
          <option value="">{t.staff.none}</option>
          {countries.map((country) => <option key={country.code} value={country.code}>{country.name}</option>)}
        </select>
        <FieldError errors={errors.leadCountry} />
      </div>
      <div>
        <label htmlFor="c-collective" className="text-sm font-medium">{labels.collective}</label>
        <input id="c-collective" name="collectiveActor" defaultValue={value("collectiveActor")} className={input} />
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">{labels.partners}</legend>
        <div className="mt-1 grid max-h-40 grid-cols-2 overflow-y-auto rounded border border-slate-300 p-2 text-sm sm:grid-cols-4">
          {countries.map((country) => (
            <label key={country.code} className="flex items-center gap-1">
              <input type="checkbox" name="partnerCountries" value={country.code} defaultChecked={partners.includes(country.code)} />
              {country.name}
            </label>
          ))}
        </div>
        <FieldError errors={errors.partnerCountries} />
      </fieldset>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-2 font-medium text-white">
          {pending ? t.staff.saving : editing ? labels.save : labels.create}
        </button>
      </div>
    </form>
  );
}
