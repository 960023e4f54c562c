import { createPrismaClient } from "../../lib/db/create-prisma-client";
import { withDatabase } from "../../lib/db/databases";
import { startEmbeddedServer } from "../../lib/db/embedded-server";
import type { PrismaClient } from "../../lib/generated/prisma/client";

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
