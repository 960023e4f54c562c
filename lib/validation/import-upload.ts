import { z } from "zod";
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from "../domain/import-limit";

/**
 * The import form: the file (its size checked before a byte of it is read), and on confirmation the digest of the
 * preview the admin saw, so that what is written is what was shown.
 */
export const ZImportUpload = z
  .object({
    intent: z.enum(["preview", "apply"], { error: "Preview the file first, then apply it." }),
    file: z
      .instanceof(File, { error: "Choose the CSV file to import." })
      .refine((file) => file.name !== "", "Choose the CSV file to import.")
      .refine((file) => file.size > 0, "The file is empty.")
      .refine((file) => file.size <= MAX_IMPORT_BYTES, `The file is larger than ${MAX_IMPORT_LABEL}: import it in parts.`),
    digest: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    /** The page of the preview's rows to show; the file is sent again for each, as no preview is kept. */
    page: z.coerce.number<string>().int().min(1).max(1_000).catch(1),
  })
  .refine((upload) => upload.intent === "preview" || upload.digest !== undefined, {
    path: ["digest"],
    message: "Preview the file before applying it.",
  });
export type TImportUpload = z.infer<typeof ZImportUpload>;

export function importUploadInput(form: FormData) {
  const digest = form.get("digest");
  return {
    // The paging buttons of a preview send their page; only "Apply" and "Preview" name an intent.
    intent: form.get("intent") ?? (form.get("page") === null ? null : "preview"),
    file: form.get("file"),
    digest: typeof digest === "string" && digest !== "" ? digest : undefined,
    page: form.get("page") ?? "1",
  };
}
