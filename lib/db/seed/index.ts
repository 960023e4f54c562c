import type { PrismaClient } from "../../generated/prisma/client";
import { shippedDeclarations, shippedTranslations } from "../../../prisma/seed/shipped";
import { loadDeclaration, type SeedResult } from "./load";
import { loadTranslations } from "./translations";

/**
 * Loads every source document shipped in prisma/seed/ (the content lives there, the loader here), then the
 * translations of their commitments, which need the commitments in place.
 */
export async function seedAll(prisma: PrismaClient): Promise<SeedResult & { translated: number }> {
  const total = { created: 0, corrected: 0, kept: 0, translated: 0 };
  for (const declaration of shippedDeclarations) {
    const result = await loadDeclaration(prisma, declaration);
    total.created += result.created;
    total.corrected += result.corrected;
    total.kept += result.kept;
    for (const translations of shippedTranslations.filter((item) => item.declaration === declaration.key)) {
      total.translated += await loadTranslations(prisma, declaration, translations);
    }
  }
  return total;
}
