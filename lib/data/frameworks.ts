import "server-only";
import { db } from "../db/client";
import { cachedPublicRead } from "./public-cache";

const FRAMEWORK_SELECT = { key: true, name: true, shortName: true, description: true, startedOn: true, startedPlace: true,
  endorserCount: true } as const;

/**
 * The frameworks that have a document, the one with the latest document first: what the site tracks, in the words of
 * the database's rows (never of the code).
 */
async function loadListFrameworks() {
  const rows = await db().framework.findMany({ where: { documents: { some: {} } },
    select: { ...FRAMEWORK_SELECT, documents: { orderBy: { publishedAt: "desc" }, take: 1, select: { publishedAt: true } } } });
  return rows
    .sort((a, b) => b.documents[0]!.publishedAt.getTime() - a.documents[0]!.publishedAt.getTime() || a.key.localeCompare(b.key))
    .map(({ documents: _latest, ...framework }) => ({ ...framework, shortName: framework.shortName || framework.name }));
}
export type Framework = Awaited<ReturnType<typeof loadListFrameworks>>[number];

export const listFrameworks = cachedPublicRead("listFrameworks", loadListFrameworks);

/**
 * The framework of that key, or with none given the one of the latest document. With no document loaded yet, the site
 * calls itself by its own name.
 */
export async function getFramework(key?: string): Promise<Framework> {
  const frameworks = await listFrameworks();
  const found = key === undefined ? frameworks[0] : frameworks.find((framework) => framework.key === key);
  return found ?? { key: "", name: "Pledgeboard", shortName: "Pledgeboard", description: "", startedOn: null,
    startedPlace: null, endorserCount: null };
}
