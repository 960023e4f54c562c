import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
let prisma: PrismaClient;

beforeAll(() => {
  // One connection, so that the writes queue behind each other as an instance's ten do under a burst of saves.
  prisma = createPrismaClient(database.url, { maxConnections: 1 });
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("writes queued behind a busy connection pool", () => {
  // Under load (CI's soak and throttling tests, two busy cores) a save waited more than Prisma's default two seconds
  // for a connection and failed with "Unable to start a transaction in the given time": it must wait its turn.
  it("each waits its turn: four one-second transactions on one connection all commit", async () => {
    const results = await Promise.all(Array.from({ length: 4 }, (_, index) => prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_sleep(1)`;
      return index;
    })));
    expect(results).toEqual([0, 1, 2, 3]);
  });

  // A slow statement inside a transaction (a large import's, a save while the machine is loaded) is not cut off at
  // Prisma's default five seconds.
  it("a transaction that runs six seconds commits", async () => {
    const answer = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_sleep(6)`;
      return "committed";
    });
    expect(answer).toBe("committed");
  });
});
