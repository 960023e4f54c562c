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
  })
  .refine((upload) => upload.intent === "preview" || upload.digest !== undefined, {
    path: ["digest"],
    message: "Preview the file before applying it.",
  });
export type TImportUpload = z.infer<typeof ZImportUpload>;

export function importUploadInput(form: FormData) {
  const digest = form.get("digest");
  return {
    intent: form.get("intent"),
    file: form.get("file"),
    digest: typeof digest === "string" && digest !== "" ? digest : undefined,
  };
}
