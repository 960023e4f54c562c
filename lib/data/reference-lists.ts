import "server-only";
import { db } from "../db/client";
import { PILLAR_TRANSLATIONS } from "./commitment-query";
import { frameworkFilterWhere, type FrameworkFilter } from "./framework-filter";
import { cachedPublicRead } from "./public-cache";

/** Pillars, the countries that act in some commitment and the source documents, for filter menus. */
export async function listFilterChoices() {
  const [pillars, countries, sources, frameworks] = await Promise.all([
    db().pillar.findMany({ orderBy: [{ frameworkId: "asc" }, { position: "asc" }],
      select: { id: true, slug: true, name: true, shortName: true, ...PILLAR_TRANSLATIONS } }),
    db().country.findMany({ where: { commitments: { some: {} } }, orderBy: { name: "asc" },
      select: { code: true, name: true } }),
    db().declaration.findMany({ orderBy: { publishedAt: "asc" }, select: { key: true, sourceTitle: true } }),
    db().framework.findMany({ orderBy: { key: "asc" }, select: { key: true, shortName: true, name: true } }),
  ]);
  return { pillars, countries, sources, frameworks };
}

/**
 * The menus of a public list of one framework or document (or of all): its framework's pillars and the countries of
 * its public commitments, so that no choice of one framework is offered on another's list.
 */
export const listPublicFilterChoices = cachedPublicRead("listPublicFilterChoices", async (filter: FrameworkFilter) => {
  const framework = filter.frameworkKey ? { key: filter.frameworkKey }
    : filter.sourceKey ? { documents: { some: { key: filter.sourceKey } } } : {};
  const [pillars, countries] = await Promise.all([
    db().pillar.findMany({ where: { framework }, orderBy: [{ frameworkId: "asc" }, { position: "asc" }],
      select: { slug: true, shortName: true, ...PILLAR_TRANSLATIONS } }),
    db().country.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true },
      where: { commitments: { some: { commitment: { AND: [{ archivedAt: null }, frameworkFilterWhere(filter)] } } } } }),
  ]);
  return { pillars, countries };
});

/** Each source document's key → its framework's key. */
export const listSourceFrameworks = cachedPublicRead("listSourceFrameworks", async () => new Map(
  (await db().declaration.findMany({ select: { key: true, framework: { select: { key: true } } } }))
    .map((row) => [row.key, row.framework.key] as const)));

/**
 * Choices of the commitment form: the documents (latest first) with their frameworks' pillars, every country on file,
 * the commitments that can take sub-commitments, and every commitment a new one may continue.
 */
export async function listCommitmentFormChoices() {
  const [declarations, pillars, countries, commitments] = await Promise.all([
    db().declaration.findMany({ orderBy: [{ publishedAt: "desc" }, { key: "asc" }],
      select: { id: true, key: true, sourceTitle: true, frameworkId: true, framework: { select: { shortName: true, name: true } } } }),
    db().pillar.findMany({ orderBy: [{ frameworkId: "asc" }, { position: "asc" }],
      select: { id: true, slug: true, name: true, frameworkId: true, ...PILLAR_TRANSLATIONS } }),
    db().country.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    db().commitment.findMany({ where: { archivedAt: null }, orderBy: [{ declarationId: "asc" }, { position: "asc" }],
      select: { key: true, title: true, parentId: true } }),
  ]);
  const parents = commitments.filter((row) => row.parentId === null).map(({ key, title }) => ({ key, title }));
  return { declarations, pillars, countries, parents, commitments: commitments.map(({ key, title }) => ({ key, title })) };
}
