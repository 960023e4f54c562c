import { z } from "zod";
import { LOCALES } from "../domain/localized-text";
import { parsePreciseDateInput } from "../domain/precise-date-input";

export const STATUS_VALUES = ["NO_INFORMATION", "NOT_STARTED", "IN_PROGRESS", "AT_RISK", "PARTLY_COMPLETED",
  "COMPLETED", "DISCONTINUED"] as const;
export const PRECISION_VALUES = ["DAY", "MONTH", "QUARTER", "YEAR", "FISCAL_YEAR"] as const;
export const MAX_NOTE_LENGTH = 10_000;
export const MAX_EVIDENCE_LINKS = 10;

/** http and https only: a javascript: or data: link in evidence would run in a reader's browser. */
export const ZEvidenceUrl = z
  .string()
  .max(2_000, "A link has at most 2,000 characters.")
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, "Each evidence link must be a full web address starting with http:// or https://.");

const ZEvidenceList = z
  .string()
  .max(25_000, "The evidence list is too long.")
  .transform((text) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
  .pipe(z.array(ZEvidenceUrl).max(MAX_EVIDENCE_LINKS, `Give at most ${MAX_EVIDENCE_LINKS} evidence links.`));

export const ZDeadlineEdit = z
  .object({
    deadlineId: z.string().min(1).max(64),
    value: z.string().trim().min(1, "Enter the date, or leave the deadline as it was.").max(40),
    precision: z.enum(PRECISION_VALUES, { error: "Choose how precise the date is." }),
  })
  .transform((edit, context) => {
    const parsed = parsePreciseDateInput(edit.value, edit.precision);
    if (!parsed.ok) {
      // The typed date is named in the message; the write pipeline finds its other languages by it (params.text).
      context.addIssue({ code: "custom", path: ["value"], message: parsed.error, params: { text: edit.value } });
      return z.NEVER;
    }
    return { deadlineId: edit.deadlineId, date: parsed.date, precision: edit.precision };
  });

export const ZProgressUpdate = z.object({
  commitmentId: z.string().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(1),
  status: z.enum(STATUS_VALUES, { error: "Choose a status." }),
  statusReason: z.string().trim().max(2_000, "A reason has at most 2,000 characters."),
  note: z.string().trim().max(MAX_NOTE_LENGTH, `A note has at most ${MAX_NOTE_LENGTH.toLocaleString("en-US")} characters.`),
  /** The language the note is written in, so a page in the other language marks it. */
  noteLang: z.enum(LOCALES, { error: "Choose the language the note is written in: English or Spanish." }).default("en"),
  evidenceUrls: ZEvidenceList,
  noEvidence: z.boolean(),
  /** The editor has seen that a deadline ends before the announcement and keeps it (lib/domain/early-deadline.ts). */
  confirmEarlyDeadlines: z.boolean(),
  visibility: z.enum(["PUBLIC", "INTERNAL"], { error: "Choose who may read this entry." }),
  deadlines: z.array(ZDeadlineEdit).max(50),
  targetId: z.string().max(64).optional(),
  /** An earlier entry this one corrects; the earlier entry itself is never changed. */
  correctsId: z.string().max(64).optional(),
  valueReached: z
    .string()
    .trim()
    .max(30)
    .refine((text) => text === "" || /^\d+(\.\d{1,2})?$/.test(text.replaceAll(",", "")),
      "Enter the value reached as a number, such as 25500 or 25,500.")
    .transform((text) => (text === "" ? undefined : text.replaceAll(",", ""))),
});
export type TProgressUpdate = z.infer<typeof ZProgressUpdate>;

/** Reads the commitment form's fields: each deadline row is named deadline.ID.value and deadline.ID.precision. */
export function progressUpdateInput(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const deadlineIds = new Set<string>();
  for (const name of form.keys()) {
    const match = /^deadline\.(.+)\.value$/.exec(name);
    if (match?.[1]) deadlineIds.add(match[1]);
  }
  return {
    commitmentId: text("commitmentId"),
    expectedVersion: text("expectedVersion"),
    status: text("status"),
    statusReason: text("statusReason"),
    note: text("note"),
    noteLang: text("noteLang") || undefined,
    evidenceUrls: text("evidenceUrls"),
    noEvidence: text("noEvidence") === "on",
    confirmEarlyDeadlines: text("confirmEarlyDeadlines") === "on",
    visibility: text("visibility"),
    deadlines: [...deadlineIds].map((deadlineId) => ({
      deadlineId,
      value: text(`deadline.${deadlineId}.value`),
      precision: text(`deadline.${deadlineId}.precision`),
    })),
    targetId: text("targetId") || undefined,
    correctsId: text("correctsId") || undefined,
    valueReached: text("valueReached"),
  };
}
