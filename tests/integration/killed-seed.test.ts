// @faults
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/db/databases";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { shippedDeclarations } from "@/prisma/seed/shipped";

const root = path.resolve(import.meta.dirname, "../..");
const name = `pb_killed_seed_${process.pid}_${Date.now()}`;
const total = shippedDeclarations.reduce((sum, declaration) =>
  sum + declaration.commitments.reduce((count, item) => count + 1 + (item.children?.length ?? 0), 0), 0);

afterAll(async () => {
  await dropDatabase(inject("testServerUrl"), name);
});

/** Runs `npm run db:seed` against the database and kills it with SIGKILL after `delayMs`. */
function seedKilledAfter(url: string, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/seed.ts"], {
      cwd: root, stdio: "ignore", env: { ...process.env, DATABASE_URL: url },
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), delayMs);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe("a seed killed with SIGKILL", () => {
  it("leaves all of the seed or none of it, whenever it is killed", async () => {
    await createDatabase(inject("testServerUrl"), name);
    const url = withDatabase(inject("testServerUrl"), name);
    await applyMigrations(url);
    const prisma = createPrismaClient(url, { maxConnections: 1 });
    try {
      const seen = new Set<number>();
      for (const delay of [200, 500, 800, 1100, 1400, 1700, 2000, 2600]) {
        await seedKilledAfter(url, delay);
        const count = await prisma.commitment.count();
        seen.add(count);
        expect([0, total], `killed after ${delay} ms`).toContain(count);
        expect(await prisma.progressUpdate.count(), `history after ${delay} ms`).toBe(count);
        if (count === total) break;
      }
      await seedKilledAfter(url, 60_000);
      expect(await prisma.commitment.count()).toBe(total);
    } finally {
      await prisma.$disconnect();
    }
  });
});
