import "server-only";
import { databaseUrl } from "../env";
import type { PrismaClient } from "../generated/prisma/client";
import { createPrismaClient } from "./create-prisma-client";

// Kept on globalThis so that development hot reloads do not open a new pool on every edit.
const holder = globalThis as unknown as { pledgeboardPrisma?: PrismaClient };

export function db(): PrismaClient {
  holder.pledgeboardPrisma ??= createPrismaClient(databaseUrl());
  return holder.pledgeboardPrisma;
}

/** For command-line tools, which find their database at run time rather than in the environment. */
export function connectDatabase(url: string): PrismaClient {
  holder.pledgeboardPrisma = createPrismaClient(url);
  return holder.pledgeboardPrisma;
}

export async function disconnectDatabase(): Promise<void> {
  await holder.pledgeboardPrisma?.$disconnect();
  holder.pledgeboardPrisma = undefined;
}
