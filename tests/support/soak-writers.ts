import { openDatabase } from "../../lib/cli/open-database";
import { connectDatabase, db, disconnectDatabase } from "../../lib/db/client";
import { measureWrites } from "../bench/write-load";

/**
 * Twenty editors writing for the soak test, in a process of their own (run with the react-server condition, as the
 * app's data layer requires): joins the app's database through DATA_DIR and prints what it saved as JSON.
 */
const seconds = Number(process.argv[2] ?? 120);
const database = await openDatabase(() => undefined);
connectDatabase(database.url);
try {
  const admin = await db().user.create({ data: { email: `soak-${process.pid}@example.org`, displayName: "Soak",
    role: "ADMIN", passwordHash: "not-a-hash" } });
  const targets = await db().commitment.findMany({ take: 20, orderBy: { position: "asc" }, select: { id: true } });
  const result = await measureWrites({ id: admin.id, role: "ADMIN", scope: { countryCodes: [], pillarIds: [] } },
    targets.map((target) => target.id), seconds);
  const history = await db().progressUpdate.count({ where: { authorId: admin.id } });
  console.log(JSON.stringify({ ...result, history }));
} finally {
  await disconnectDatabase();
  await database.close();
}
