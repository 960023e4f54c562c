/**
 * The languages content can be read in. English is the language every record is first written in (the source's
 * language and the columns of the record itself); Spanish is a translation beside it.
 */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE = "en" satisfies Locale;

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

/** A translation row as reads select it: one per language that has one. */
export type TranslationRow = { locale: string; title: string | null; description?: string | null };

/** `field` of a record for a reader of `locale`, from the record's English and its translation rows. */
export function pickField(english: string, translations: readonly TranslationRow[], field: "title" | "description",
  locale: Locale): PickedText {
  const texts: LocalizedTexts = { en: english };
  if (locale !== SOURCE_LOCALE) texts[locale] = translations.find((row) => row.locale === locale)?.[field] ?? null;
  return pickLocalized(texts, locale);
}

/**
 * A record whose title is read in `locale`: `title` becomes the text to show and `titleLang` its language, for the
 * lang mark; the translation rows stay for whoever shows every language (the JSON API).
 */
export function withLocalizedTitle<Row extends { title: string; translations: readonly TranslationRow[] }>(row: Row,
  locale: Locale): Row & { titleLang: Locale } {
  const title = pickField(row.title, row.translations, "title", locale);
  return { ...row, title: title.text, titleLang: title.lang };
}
