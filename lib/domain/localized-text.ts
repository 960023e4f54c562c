/**
 * The languages content can be read in. English is the language every record is first written in (the source's
 * language and the columns of the record itself); Spanish is a translation beside it.
 */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = "en";

/** A text in the record's language (`en`) and, where someone wrote one, its translations; "" or null is none. */
export type LocalizedTexts = { en: string } & Partial<Record<Exclude<Locale, "en">, string | null>>;

/**
 * The text to show a reader of `locale`, and the language it is in, so the page can mark it (`lang="en"` on English
 * shown on a Spanish page: a screen reader then reads it with the right voice). `fallback` says the reader asked for
 * another language than the one given.
 */
export type PickedText = { text: string; lang: Locale; fallback: boolean };

export function pickLocalized(texts: LocalizedTexts, locale: Locale): PickedText {
  if (locale !== SOURCE_LOCALE) {
    const translated = texts[locale]?.trim();
    if (translated) return { text: translated, lang: locale, fallback: false };
  }
  return { text: texts.en, lang: SOURCE_LOCALE, fallback: locale !== SOURCE_LOCALE };
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
