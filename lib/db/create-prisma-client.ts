import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

/**
 * Builds a PrismaClient on the pg driver adapter. Scripts (start, seed, user) call it directly; the app goes through
 * lib/db/client.ts, which keeps a single instance.
 */
export function createPrismaClient(databaseUrl: string, options: { maxConnections?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    // A stopped database must fail a request quickly (503) rather than hang it.
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}
