import { test } from "@playwright/test";
import { createPrismaClient } from "../../lib/db/create-prisma-client";
import { withDatabase } from "../../lib/db/databases";
import { startEmbeddedServer } from "../../lib/db/embedded-server";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { CommitmentStatus, DatePrecision } from "../../lib/generated/prisma/enums";

/** Joins the embedded server that a running `npm start` owns (as `npm run user` does) and works on the app's data. */
export async function withAppDatabase<T>(dataDir: string, work: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const server = await startEmbeddedServer({ dataDir });
  const prisma = createPrismaClient(withDatabase(server.url, "pledgeboard"), { maxConnections: 1 });
  try {
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
    await server.stop();
  }
}

/**
 * Puts one commitment's title, status, archiving and deadlines back as they were before the calling file ran, so that
 * end-to-end files sharing the app's database pass in any order. The entries the file added stay: the history is
 * append-only. Call it before the file's own hooks, so that it reads the commitment first.
 */
export function restoreCommitmentAfterAll(dataDir: string, key: string): void {
  let saved: { title: string; status: CommitmentStatus; archivedAt: Date | null;
    deadlines: { id: string; date: Date; precision: DatePrecision; dueOn: Date }[] };
  test.beforeAll(async () => {
    saved = await withAppDatabase(dataDir, (prisma) => prisma.commitment.findUniqueOrThrow({ where: { key }, select: {
      title: true, status: true, archivedAt: true,
      deadlines: { select: { id: true, date: true, precision: true, dueOn: true } },
    } }));
  });
  test.afterAll(async () => {
    await withAppDatabase(dataDir, (prisma) => prisma.$transaction([
      ...saved.deadlines.map(({ id, ...deadline }) => prisma.deadline.update({ where: { id }, data: deadline })),
      // Touching the commitment row moves the data generation, so no cached page keeps showing the change.
      prisma.commitment.update({ where: { key }, data: { title: saved.title, status: saved.status,
        archivedAt: saved.archivedAt, version: { increment: 1 } } }),
    ]));
  });
}
