import { z } from "zod";
import { withoutBidiControls } from "./bidi";

export const TYPE_VALUES = ["FUNDING", "PROGRAM", "POLICY_OR_LAW", "ENFORCEMENT_ACTION", "INSTITUTIONAL",
  "DIPLOMATIC"] as const;

const ZCountryCode = z.string().regex(/^[A-Z]{2}$/, "Choose countries from the list.");

/** What an admin writes about a commitment itself; its progress goes through ZProgressUpdate instead. */
export const ZCommitmentFields = z
  .object({
    title: withoutBidiControls(z.string().trim().min(3, "Give the commitment a title of at least 3 characters.")
      .max(200, "A title has at most 200 characters."), "title"),
    description: z.string().trim().min(1, "Describe the commitment in a sentence or two.")
      .max(5_000, "A description has at most 5,000 characters."),
    /**
     * A Spanish translation of the title: "" for none (pages then show the English, marked as English); absent (a
     * form or a caller without the field) leaves the translation as it is.
     */
    titleEs: withoutBidiControls(z.string().trim().max(200, "A Spanish title has at most 200 characters.")
      .refine((text) => text === "" || text.length >= 3, "Give the Spanish title at least 3 characters, or leave it empty."),
    "Spanish title").optional(),
    descriptionEs: z.string().trim().max(5_000, "A Spanish description has at most 5,000 characters.").optional(),
    sourceText: z.string().trim().min(1, "Quote the source's words, so readers can check them.")
      .max(10_000, "The quoted source has at most 10,000 characters."),
    sourceSection: z.string().trim().max(300, "A section name has at most 300 characters."),
    pillarId: z.string().max(64),
    type: z.enum(TYPE_VALUES, { error: "Choose what kind of commitment this is." }),
    leadCountry: z.union([z.literal(""), ZCountryCode]),
    partnerCountries: z.array(ZCountryCode).max(60),
    collectiveActor: z.string().trim().max(200, "At most 200 characters."),
    parentKey: z.union([z.literal(""), z.string().regex(/^[a-z0-9-]{1,80}$/, "Choose the parent from the list.")]),
  })
  .refine((fields) => fields.leadCountry !== "" || fields.collectiveActor !== "", {
    path: ["leadCountry"],
    message: "Name the lead country, or say who acts together (such as \"the endorsing countries\").",
  })
  .refine((fields) => !fields.partnerCountries.includes(fields.leadCountry), {
    path: ["partnerCountries"],
    message: "The lead country is not also a partner.",
  });

/** The key of a new commitment; it never changes afterwards (the seed, the import and public URLs match on it). */
export const ZCommitmentKey = z.string().trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and hyphens, such as pa-new-visa-rule.")
  .max(60, "A key has at most 60 characters.");

export const CONTINUATION_VALUES = ["EXTENDS", "REPORTS_PROGRESS_ON", "REPLACES"] as const;

/** The earlier commitment one continues and how, both or neither; set at creation or changed afterwards. */
const ZContinuationFields = z.object({
  continuesKey: z.union([z.literal(""), z.string().regex(/^[a-z0-9-]{1,80}$/, "Choose the earlier commitment from the list.")]),
  continuation: z.union([z.literal(""), z.enum(CONTINUATION_VALUES)]),
});
const bothOrNeither = (fields: z.infer<typeof ZContinuationFields>) => (fields.continuesKey === "") === (fields.continuation === "");
const BOTH_OR_NEITHER = {
  path: ["continuation"],
  message: "Say how it continues the earlier commitment, or choose no earlier commitment.",
};

/** The document a new commitment comes from, and the earlier commitment it may continue. */
export const ZCommitmentCreate = ZCommitmentFields.and(ZContinuationFields.extend({
  key: ZCommitmentKey,
  declarationId: z.string().min(1, "Choose the document the commitment comes from.").max(64),
}).refine(bothOrNeither, BOTH_OR_NEITHER));
export type TCommitmentCreate = z.infer<typeof ZCommitmentCreate>;

/** The chain link of a commitment that exists, against the version the admin saw. */
export const ZCommitmentContinuation = ZContinuationFields.extend({
  commitmentId: z.string().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(1),
}).refine(bothOrNeither, BOTH_OR_NEITHER);
export type TCommitmentContinuation = z.infer<typeof ZCommitmentContinuation>;

export const ZCommitmentEdit = ZCommitmentFields.and(z.object({
  commitmentId: z.string().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(1),
}));
export type TCommitmentEdit = z.infer<typeof ZCommitmentEdit>;

export const ZCommitmentArchive = z.object({
  commitmentId: z.string().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(1),
  archive: z.boolean(),
  reason: z.string().trim().min(1, "Say why, for the history.").max(2_000),
});
export type TCommitmentArchive = z.infer<typeof ZCommitmentArchive>;

export function commitmentFormInput(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    key: text("key"),
    declarationId: text("declarationId"),
    commitmentId: text("commitmentId"),
    expectedVersion: text("expectedVersion"),
    title: text("title"),
    description: text("description"),
    titleEs: form.has("titleEs") ? text("titleEs") : undefined,
    descriptionEs: form.has("descriptionEs") ? text("descriptionEs") : undefined,
    sourceText: text("sourceText"),
    sourceSection: text("sourceSection"),
    pillarId: text("pillarId"),
    type: text("type"),
    leadCountry: text("leadCountry"),
    partnerCountries: form.getAll("partnerCountries").filter((value): value is string => typeof value === "string"),
    collectiveActor: text("collectiveActor"),
    parentKey: text("parentKey"),
    continuesKey: text("continuesKey"),
    continuation: text("continuation"),
    archive: text("archive") === "true",
    reason: text("reason"),
  };
}
