import type { PrismaClient } from "../../generated/prisma/client";
import type { SeedCommitment, SeedDeclaration, SeedTranslations } from "./types";

/**
 * Puts the shipped translations into the database, in one statement: a missing one is added, one the seed wrote
 * before and has since corrected is rewritten, and one staff wrote (source STAFF or IMPORT) is never touched, not even
 * when staff cleared it. A translation is of the shipped English: where staff reworded a commitment's English title or
 * description, the shipped Spanish would translate words no longer shown, so that commitment gets none and keeps
 * falling back to its English until staff writes one. The framework's pillars follow (loadPillarTranslations). Returns
 * how many translations were added or corrected.
 */
export async function loadTranslations(prisma: PrismaClient, declaration: SeedDeclaration,
  translations: SeedTranslations): Promise<number> {
  if (translations.declaration !== declaration.key) {
    throw new Error(`Translations of ${translations.declaration} given with declaration ${declaration.key}`);
  }
  const english = new Map(declaration.commitments.flatMap((item): SeedCommitment[] => [item, ...(item.children ?? [])])
    .map((item) => [item.key, item]));
  const rows = Object.entries(translations.commitments).map(([key, text]) => {
    const source = english.get(key);
    if (!source) throw new Error(`A ${translations.locale} translation names ${key}, which ${declaration.key} does not ship`);
    return { key, title: text.title, description: text.description, en_title: source.title,
      en_description: source.description };
  });
  const commitments = await prisma.$executeRaw`
    INSERT INTO commitment_translation (commitment_id, locale, title, description, source, updated_at)
    SELECT c.id, ${translations.locale}, t.title, t.description, 'SEED', now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS t(key text, title text, description text, en_title text, en_description text)
    JOIN commitment c ON c.key = t.key AND c.title = t.en_title AND c.description = t.en_description
    JOIN declaration d ON d.id = c.declaration_id AND d.key = ${declaration.key}
    ON CONFLICT (commitment_id, locale) DO UPDATE
      SET title = EXCLUDED.title, description = EXCLUDED.description, updated_at = now()
      WHERE commitment_translation.source = 'SEED'
        AND (commitment_translation.title IS DISTINCT FROM EXCLUDED.title
          OR commitment_translation.description IS DISTINCT FROM EXCLUDED.description)`;
  return commitments + await loadPillarTranslations(prisma, declaration, translations);
}

/**
 * The pillars' translations, by the same rules as the commitments': added when missing, corrected when the seed wrote
 * them, never touched when staff did, and given only to a pillar whose English is still the shipped English.
 */
async function loadPillarTranslations(prisma: PrismaClient, declaration: SeedDeclaration,
  translations: SeedTranslations): Promise<number> {
  const english = new Map(declaration.pillars.map((pillar) => [pillar.slug, pillar]));
  const rows = Object.entries(translations.pillars).map(([slug, text]) => {
    const source = english.get(slug);
    if (!source) {
      throw new Error(`A ${translations.locale} translation names the pillar ${slug}, which ${declaration.key} does not ship`);
    }
    return { slug, ...text, en_name: source.name, en_short_name: source.shortName, en_description: source.description };
  });
  return prisma.$executeRaw`
    INSERT INTO pillar_translation (pillar_id, locale, name, short_name, description, source, updated_at)
    SELECT p.id, ${translations.locale}, t."name", t."shortName", t.description, 'SEED', now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS t(slug text, "name" text, "shortName" text, description text, en_name text, en_short_name text, en_description text)
    JOIN pillar p ON p.slug = t.slug AND p.name = t.en_name AND p.short_name = t.en_short_name
      AND p.description = t.en_description
    JOIN framework f ON f.id = p.framework_id AND f.key = ${declaration.framework.key}
    ON CONFLICT (pillar_id, locale) DO UPDATE
      SET name = EXCLUDED.name, short_name = EXCLUDED.short_name, description = EXCLUDED.description, updated_at = now()
      WHERE pillar_translation.source = 'SEED'
        AND (pillar_translation.name IS DISTINCT FROM EXCLUDED.name
          OR pillar_translation.short_name IS DISTINCT FROM EXCLUDED.short_name
          OR pillar_translation.description IS DISTINCT FROM EXCLUDED.description)`;
}
