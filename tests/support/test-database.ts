import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { createDatabase, dropDatabase, withDatabase } from "../../lib/db/databases";
import { createPrismaClient } from "../../lib/db/create-prisma-client";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export type TestDatabase = { url: string; prisma: PrismaClient };

/** A fresh copy of the migrated, seeded template database, private to one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject("testServerUrl");
  const name = `pb_test_${randomBytes(6).toString("hex")}`;
  await createDatabase(serverUrl, name, inject("templateDatabase"));
  const url = withDatabase(serverUrl, name);
  return { url, prisma: createPrismaClient(url, { maxConnections: 4 }) };
}

export async function destroyTestDatabase(database: TestDatabase): Promise<void> {
  await database.prisma.$disconnect();
  await dropDatabase(inject("testServerUrl"), new URL(database.url).pathname.slice(1));
}

/**
 * Gives the file its own database and points the app's data layer (lib/db/client.ts) at it. The returned object is
 * filled in before the first test runs.
 */
export function useTestDatabase(): TestDatabase {
  const handle = {} as TestDatabase;
  beforeAll(async () => {
    Object.assign(handle, await createTestDatabase());
    process.env.DATABASE_URL = handle.url;
  });
  afterAll(async () => {
    await destroyTestDatabase(handle);
  });
  return handle;
}
