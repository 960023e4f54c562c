import "server-only";
import { databaseUrl } from "../env";
import type { PrismaClient } from "../generated/prisma/client";
import { createPrismaClient } from "./create-prisma-client";

// Kept on globalThis so that development hot reloads do not open a new pool on every edit.
const holder = globalThis as unknown as { pledgeboardPrisma?: PrismaClient; pledgeboardUrl?: string };

export function db(): PrismaClient {
  holder.pledgeboardPrisma ??= createPrismaClient(databaseUrl());
  return holder.pledgeboardPrisma;
}

/** For command-line tools, which find their database at run time rather than in the environment. */
export function connectDatabase(url: string): PrismaClient {
  holder.pledgeboardUrl = url;
  holder.pledgeboardPrisma = createPrismaClient(url);
  return holder.pledgeboardPrisma;
}

/** The database db() talks to, for the reads that need a connection of their own (lib/db/read-snapshot.ts). */
export function connectedDatabaseUrl(): string {
  return holder.pledgeboardUrl ?? databaseUrl();
}

export async function disconnectDatabase(): Promise<void> {
  await holder.pledgeboardPrisma?.$disconnect();
  holder.pledgeboardPrisma = undefined;
  holder.pledgeboardUrl = undefined;
}
