import { en, type Catalogue } from "./en";

/** The entry of `english` whose text is `message`, as the same entry of `other`; null when no entry has this text. */
function sameEntry(message: string, english: unknown, other: unknown): string | null {
  if (typeof english === "string") return english === message && typeof other === "string" ? other : null;
  if (!english || typeof english !== "object" || !other || typeof other !== "object") return null;
  for (const [key, value] of Object.entries(english)) {
    const found = sameEntry(message, value, (other as Record<string, unknown>)[key]);
    if (found !== null) return found;
  }
  return null;
}

/** The key in `fieldMessages` of a message built around what the person typed: the typed text stands as {text}. */
export const TYPED_TEXT = "{text}";

/**
 * An English message said in the catalogue's language. The data layer refuses in the English catalogue's words (it
 * is shared with the command line and knows no request), and the zod schemas in lib/validation, which run in the
 * browser too and import no catalogue, write theirs in English: the write pipeline says both in the page's language,
 * a catalogue entry by its key, a schema's message through the catalogue's `fieldMessages`. A message that quotes
 * what was typed (`typed`, which a schema gives as its issue's `params.text`) is found with {text} in its place. A
 * text neither knows is shown as written.
 */
export function sayAgain(message: string, t: Catalogue, typed?: string): string {
  if (t === en) return message;
  const known = sameEntry(message, en, t) ?? t.fieldMessages[message];
  if (known !== undefined) return known;
  const template = typed && message.includes(typed) ? t.fieldMessages[message.replace(typed, TYPED_TEXT)] : undefined;
  return template?.replace(TYPED_TEXT, typed!) ?? message;
}
