import { FRAMEWORK_GROUP } from "../domain/framework-group";
import { pickLocalized, SOURCE_LOCALE, type Locale } from "../domain/localized-text";
import type { Catalogue } from "../messages/en";

/** A pillar's translation row as the reads select it (PILLAR_TRANSLATIONS in lib/data). */
export type PillarTranslationRow = { locale: string; name: string | null; shortName: string | null; description: string | null };

type NamedPillar = { slug: string | null; name: string; shortName?: string; description?: string | null;
  translations?: readonly PillarTranslationRow[] };

/**
 * A pillar's words as a page in `locale` shows them, with their language for the lang mark: the framework-wide group
 * is the site's own (in the catalogue); a pillar is named in the page's language where it has a translation
 * (pillar_translation), else as its framework wrote it, in English. The name and short name go together, so that a
 * heading and its bar never name one pillar in two languages; the description has its own mark.
 */
export function pillarLabel(pillar: NamedPillar | null, t: Catalogue, locale: Locale): {
  name: string; shortName: string; description: string | null; lang: Locale | undefined; descriptionLang: Locale | undefined;
} {
  if (!pillar || pillar.slug === null || pillar.slug === FRAMEWORK_GROUP.slug) {
    return { name: t.frameworkGroup.name, shortName: t.frameworkGroup.name, description: t.frameworkGroup.description,
      lang: undefined, descriptionLang: undefined };
  }
  const translation = pillar.translations?.find((row) => row.locale === locale && locale !== SOURCE_LOCALE);
  const name = pickLocalized({ en: pillar.name, es: translation?.name }, locale);
  const shortName = name.lang === SOURCE_LOCALE ? pillar.shortName ?? pillar.name
    : translation?.shortName?.trim() || name.text;
  const description = pillar.description ? pickLocalized({ en: pillar.description, es: translation?.description }, locale)
    : null;
  return { name: name.text, shortName, description: description?.text ?? null, lang: name.lang,
    descriptionLang: description?.lang };
}

/** Pillars as a staff form offers them, in the page's language: each one's id, words and their language. */
export function pillarChoices(pillars: readonly (NamedPillar & { id: string })[], t: Catalogue, locale: Locale) {
  return pillars.map((pillar) => {
    const { name, shortName, lang } = pillarLabel(pillar, t, locale);
    return { id: pillar.id, name, shortName, lang };
  });
}
