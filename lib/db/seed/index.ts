import type { PrismaClient } from "../../generated/prisma/client";
import { shippedDeclarations } from "../../../prisma/seed/shipped";
import { loadDeclaration, type SeedResult } from "./load";

/** Loads every source document shipped in prisma/seed/ (the content lives there, the loader here). */
export async function seedAll(prisma: PrismaClient): Promise<SeedResult> {
  const total: SeedResult = { created: 0, corrected: 0, kept: 0 };
  for (const declaration of shippedDeclarations) {
    const result = await loadDeclaration(prisma, declaration);
    total.created += result.created;
    total.corrected += result.corrected;
    total.kept += result.kept;
  }
  return total;
}
