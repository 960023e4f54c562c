import "server-only";
import { db } from "../db/client";
import { COUNTED } from "./commitment-query";
import { cachedPublicRead } from "./public-cache";

const FRAMEWORK_SELECT = { key: true, name: true, shortName: true, description: true, startedOn: true, startedPlace: true,
  endorserCount: true } as const;

/**
 * The frameworks that have a document, the one with the latest document first: what the site tracks, in the words of
 * the database's rows (never of the code), each with how many public commitments its documents hold (groups left out, as in every count).
 */
async function loadListFrameworks() {
  const rows = await db().framework.findMany({ where: { documents: { some: {} } },
    select: { ...FRAMEWORK_SELECT, documents: { orderBy: { publishedAt: "desc" },
      select: { publishedAt: true, _count: { select: { commitments: { where: { archivedAt: null, ...COUNTED } } } } } } } });
  return rows
    .sort((a, b) => b.documents[0]!.publishedAt.getTime() - a.documents[0]!.publishedAt.getTime() || a.key.localeCompare(b.key))
    .map(({ documents, ...framework }) => ({ ...framework, shortName: framework.shortName || framework.name,
      commitmentCount: documents.reduce((sum, document) => sum + document._count.commitments, 0) }));
}
export type Framework = Awaited<ReturnType<typeof loadListFrameworks>>[number];

export const listFrameworks = cachedPublicRead("listFrameworks", loadListFrameworks);

/** The frameworks a reader can choose between: those with a public commitment. */
export async function listShownFrameworks(): Promise<Framework[]> {
  return (await listFrameworks()).filter((framework) => framework.commitmentCount > 0);
}

const THE_SITE: Framework = { key: "", name: "Pledgeboard", shortName: "Pledgeboard", description: "", startedOn: null,
  startedPlace: null, endorserCount: null, commitmentCount: 0 };

/**
 * The framework of that key; with none given, the one framework a reader can choose, if there is only one. A page of
 * every framework (or of none yet) calls itself by the site's name: naming one framework there would put its words
 * on the others' commitments.
 */
export async function getFramework(key?: string): Promise<Framework> {
  if (key !== undefined) return (await listFrameworks()).find((framework) => framework.key === key) ?? THE_SITE;
  const shown = await listShownFrameworks();
  return shown.length === 1 ? shown[0]! : THE_SITE;
}
