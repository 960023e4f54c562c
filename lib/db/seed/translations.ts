import type { PrismaClient } from "../../generated/prisma/client";
import type { SeedCommitment, SeedDeclaration, SeedTranslations } from "./types";

/**
 * Puts the shipped translations into the database, in one statement: a missing one is added, one the seed wrote
 * before and has since corrected is rewritten, and one staff wrote (source STAFF or IMPORT) is never touched, not even
 * when staff cleared it. A translation is of the shipped English: where staff reworded a commitment's English title or
 * description, the shipped Spanish would translate words no longer shown, so that commitment gets none and keeps
 * falling back to its English until staff writes one. Returns how many translations were added or corrected.
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
  return prisma.$executeRaw`
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
}
