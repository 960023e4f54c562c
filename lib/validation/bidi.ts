import type { z } from "zod";

/**
 * Invisible controls that reorder the text around them (U+202E right-to-left override and its kin): in a title or a
 * name they make a link read as something else. Nobody types them on purpose; they are refused, not silently removed,
 * so the person sees what was pasted.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

export function withoutBidiControls<Schema extends z.ZodType<string>>(schema: Schema, what: string) {
  return schema.refine((text) => !BIDI_CONTROLS.test(text), {
    message: `Remove the invisible direction marks (such as U+202E) from the ${what}; they make text read backwards.`,
  });
}
