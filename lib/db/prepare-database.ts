import { seedAll } from "./seed";
import type { SeedResult } from "./seed/load";
import { createPrismaClient } from "./create-prisma-client";
import { applyMigrations } from "./migrate";

/**
 * Brings a database to the current schema and makes sure the shipped commitments are in it. Counts the staff
 * accounts too, so that the start script can tell a first-time user how to make the first admin.
 */
export async function prepareDatabase(databaseUrl: string): Promise<SeedResult & { translated: number; users: number }> {
  await applyMigrations(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { maxConnections: 2 });
  try {
    const seed = await seedAll(prisma);
    return { ...seed, users: await prisma.user.count() };
  } finally {
    await prisma.$disconnect();
  }
}
