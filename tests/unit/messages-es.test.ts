import { describe, expect, it } from "vitest";
import { en } from "@/lib/messages/en";
import { es } from "@/lib/messages/es";

/**
 * The Spanish catalogue says everything the English one says, in Spanish. Its type already forces every key; this
 * finds a text copied from English and left untranslated, which the type cannot see.
 */

/** Texts that are the same words in both languages: names, and words Spanish takes as they are. */
const SAME_IN_BOTH = new Set<string>(["dataDictionary.commitments.url.type", "staff.roles.EDITOR"]);

/** Texts that quote the codes a CSV file holds, which stay English like its column names (deadline, milestone). */
const QUOTES_FILE_CODES = new Set<string>(["dataDictionary.commitments.deadline_kind.meaning"]);

type Entry = { key: string; en: string; es: string };

/** Arguments for the texts that take other than numbers (a list, a status, a day); the rest take numbers. */
const SAMPLES: Record<string, unknown[]> = {
  "importFile.read.header": ["plan.csv", ["x"]],
  "importFile.cells.enumEmpty": ["status", ["a", "b"]],
  "importFile.cells.enumUnknown": ["status", "x", ["a", "b"]],
  "importFile.cells.date.ambiguous": ["01/04/2025", "2025-04-01", "2025-01-04"],
  "importFile.plan.statusReason": ["IN_PROGRESS", "COMPLETED"],
  "importFile.plan.evidence": ["COMPLETED"],
  "importFile.notes.dates": ["deadline_date", 2, "x", 3, "1/4/2025", "2025-04-01"],
};

/** Every text of the catalogue with its key; a function is called with sample arguments (its text is what shows). */
function texts(english: unknown, spanish: unknown, key = ""): Entry[] {
  if (typeof english === "string") return [{ key, en: english, es: String(spanish) }];
  if (typeof english === "function") {
    const samples = SAMPLES[key] ?? Array.from({ length: english.length }, (_, index) => [7, 3, 9, 2][index] ?? 5);
    const call = (fn: unknown, args: unknown[]) => (fn as (...a: unknown[]) => string)(...args);
    // Numbers stand in for every argument: the words around them are what must differ.
    return [{ key, en: call(english, samples), es: call(spanish, samples) }];
  }
  if (english && typeof english === "object") {
    return Object.entries(english).flatMap(([name, value]) =>
      texts(value, (spanish as Record<string, unknown> | undefined)?.[name], key ? `${key}.${name}` : name));
  }
  return [];
}

describe("the Spanish catalogue", () => {
  // An empty English text (a figure stated without qualifier) has nothing to translate.
  const entries = texts(en, es).filter((entry) => entry.en !== "");

  it("has a text for every key of the English catalogue", () => {
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.filter((entry) => !entry.es || entry.es === "undefined").map((entry) => entry.key)).toEqual([]);
  });

  it("leaves no text in English: each differs from the English one, but for names and shared words", () => {
    const untranslated = entries.filter((entry) => entry.es === entry.en && !SAME_IN_BOTH.has(entry.key));
    expect(untranslated.map((entry) => `${entry.key}: ${entry.en}`)).toEqual([]);
  });

  it("uses none of the English interface's words", () => {
    const english = /\b(the|and|of|is|was|this|your|commitment|deadline|update|passed|due)\b/i;
    expect(entries.filter((entry) => english.test(entry.es) && !QUOTES_FILE_CODES.has(entry.key)).map((entry) => `${entry.key}: ${entry.es}`)).toEqual([]);
  });
});
