import "server-only";
import { db } from "../db/client";
import { cachedPublicRead } from "./public-cache";

/**
 * What the site tracks, in the words of the database's rows (never of the code): the name, short name and description
 * of the framework of the latest source document. With no document loaded yet, the site calls itself by its own name.
 */
async function loadGetFramework() {
  const declaration = await db().declaration.findFirst({ orderBy: [{ publishedAt: "desc" }, { key: "asc" }],
    select: { name: true, shortName: true, description: true } });
  if (!declaration) return { name: "Pledgeboard", shortName: "Pledgeboard", description: "" };
  return { ...declaration, shortName: declaration.shortName || declaration.name };
}
export type Framework = Awaited<ReturnType<typeof loadGetFramework>>;

export const getFramework = cachedPublicRead("getFramework", loadGetFramework);
