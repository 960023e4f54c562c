import { FRAMEWORK_GROUP } from "../domain/framework-group";
import { SOURCE_LOCALE, type Locale } from "../domain/localized-text";
import type { Catalogue } from "../messages/en";

type NamedPillar = { slug: string | null; name: string; shortName?: string; description?: string | null };

/**
 * A pillar's words as a page shows them, with their language for the lang mark: the framework-wide group is the
 * site's own (in the catalogue), a pillar is named as its framework wrote it, in English, with no translation yet.
 */
export function pillarLabel(pillar: NamedPillar | null, t: Catalogue): {
  name: string; shortName: string; description: string | null; lang: Locale | undefined;
} {
  if (!pillar || pillar.slug === null || pillar.slug === FRAMEWORK_GROUP.slug) {
    return { name: t.frameworkGroup.name, shortName: t.frameworkGroup.name, description: t.frameworkGroup.description,
      lang: undefined };
  }
  return { name: pillar.name, shortName: pillar.shortName ?? pillar.name, description: pillar.description ?? null, lang: SOURCE_LOCALE };
}
