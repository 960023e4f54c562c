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
  // Prisma's defaults (two seconds to get a connection, five to finish) failed saves that were only queued behind a
  // burst of others on a busy machine; a save waits its turn and runs to its end instead. The import sets its own.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 30_000 } });
}
