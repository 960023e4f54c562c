import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { IMPORT_FILE_WORDS } from "@/lib/domain/import-words";
import { parsePreciseDateInput } from "@/lib/domain/precise-date-input";
import { en } from "@/lib/messages/en";
import { es } from "@/lib/messages/es";
import { sayAgain, TYPED_TEXT } from "@/lib/messages/say-again";
import * as bulkStatus from "@/lib/validation/bulk-status";
import * as commitment from "@/lib/validation/commitment";
import { importCellRules } from "@/lib/validation/commitment-csv";
import * as importUpload from "@/lib/validation/import-upload";
import * as progressUpdate from "@/lib/validation/progress-update";
import * as reminders from "@/lib/validation/reminders";
import * as sourceDocument from "@/lib/validation/source-document";
import * as user from "@/lib/validation/user";
import { PRECISION_VALUES } from "@/lib/validation/progress-update";

/**
 * The write pipeline says a schema's message in the page's language by its English text (es.fieldMessages): a message
 * missing there reaches a Spanish page in English, silently. This reads every message the schemas were given, from
 * the schemas themselves (zod keeps each as the `error` of a check or a type), so a new one cannot be forgotten.
 */

type Definition = {
  error?: (issue: object) => unknown;
  checks?: { _zod: { def: Definition } }[];
  [part: string]: unknown;
};

function isSchema(value: unknown): value is z.ZodType {
  return typeof value === "object" && value !== null && "_zod" in value;
}

/** Every message given to a schema and the schemas inside it (object fields, pipes, arrays, wrappers, checks). */
function messagesOf(schema: z.ZodType, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Definition } })._zod.def;
  const found: string[] = [];
  const say = (error: Definition["error"]) => {
    const message = error?.({});
    if (typeof message === "string") found.push(message);
  };
  say(def.error);
  for (const check of def.checks ?? []) say(check._zod.def.error);
  for (const part of Object.values(def)) {
    const inner = isSchema(part) ? [part]
      : Array.isArray(part) ? part.filter(isSchema)
      : part && typeof part === "object" && !isSchema(part) ? Object.values(part).filter(isSchema) : [];
    for (const schema of inner) found.push(...messagesOf(schema, seen));
  }
  return found;
}

/** Every schema a module exports. */
const schemasOf = (module: object) => Object.values(module).filter(isSchema);

const SCHEMAS = [bulkStatus, commitment, importUpload, progressUpdate, reminders, sourceDocument, user]
  .flatMap(schemasOf)
  .concat(Object.values(importCellRules(IMPORT_FILE_WORDS.cells)).map((cell) => cell.schema));

describe("the schemas' messages in Spanish", () => {
  it("finds the messages of the schemas (the walk reaches into objects, pipes and checks)", () => {
    const messages = SCHEMAS.flatMap((schema) => messagesOf(schema));
    expect(messages).toEqual(expect.arrayContaining(["Choose a status.", "Give at most 10 evidence links.",
      "Write the version as a whole number, as exported.", "Choose English or Spanish."]));
  });

  it("has a Spanish entry for every message a schema was given", () => {
    const messages = [...new Set(SCHEMAS.flatMap((schema) => messagesOf(schema)))];
    expect(messages.filter((message) => sayAgain(message, es) === message)).toEqual([]);
  });

  it("says a typed date's refusal in Spanish, whatever the precision, with the typed text in it", () => {
    const typed = ["2026-13", "0000-06", "2026-02-30", "2026-Q5", "FY0000", "twenty", "0000"];
    const refusals = PRECISION_VALUES.flatMap((precision) => typed.map((text) => parsePreciseDateInput(text, precision)))
      .flatMap((parsed, index) => (parsed.ok ? [] : [{ text: typed[index % typed.length]!, message: parsed.error }]));
    expect(refusals.length).toBeGreaterThan(10);
    const untranslated = refusals.filter(({ text, message }) => sayAgain(message, es, text) === message);
    expect(untranslated.map(({ message }) => message)).toEqual([]);
    expect(sayAgain("FY0000 is outside the years the tracker can store (0001 to 9999).", es, "FY0000"))
      .toBe(es.fieldMessages[`${TYPED_TEXT} is outside the years the tracker can store (0001 to 9999).`]!
        .replace(TYPED_TEXT, "FY0000"));
    expect(sayAgain("Choose a status.", en)).toBe("Choose a status.");
  });
});
