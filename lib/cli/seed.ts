import { createPrismaClient } from "../db/create-prisma-client";
import { seedAll } from "../db/seed";
import { openDatabase } from "./open-database";

/** `npm run db:seed`: adds any shipped commitment that is missing and corrects those only the seed ever wrote. */
const log = (line: string) => console.log(`[seed] ${line}`);
const database = await openDatabase(log);
const prisma = createPrismaClient(database.url, { maxConnections: 2 });
try {
  const result = await seedAll(prisma);
  log(`${result.created} commitments created, ${result.corrected} corrected from the source, ${result.kept} left as they are, ${result.translated} translations added or corrected`);
} finally {
  await prisma.$disconnect();
  await database.close();
}
