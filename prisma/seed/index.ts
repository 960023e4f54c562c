import type { PrismaClient } from "../../lib/generated/prisma/client";
import { laDeclaration2024 } from "./data";
import { loadDeclaration, type SeedResult } from "./load";

/** Every declaration the product ships with; another fact sheet is another entry here. */
export const seedDeclarations = [laDeclaration2024];

export async function seedAll(prisma: PrismaClient): Promise<SeedResult> {
  const total: SeedResult = { created: 0, corrected: 0, kept: 0 };
  for (const declaration of seedDeclarations) {
    const result = await loadDeclaration(prisma, declaration);
    total.created += result.created;
    total.corrected += result.corrected;
    total.kept += result.kept;
  }
  return total;
}
