import { seedAll } from "../../prisma/seed";
import type { SeedResult } from "../../prisma/seed/load";
import { createPrismaClient } from "./create-prisma-client";
import { applyMigrations } from "./migrate";

/** Brings a database to the current schema and makes sure the shipped commitments are in it. */
export async function prepareDatabase(databaseUrl: string): Promise<SeedResult> {
  await applyMigrations(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { maxConnections: 2 });
  try {
    return await seedAll(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
