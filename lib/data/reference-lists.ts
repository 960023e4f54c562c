import "server-only";
import { db } from "../db/client";

/** Pillars, the countries that act in some commitment and the source documents, for filter menus. */
export async function listFilterChoices() {
  const [pillars, countries, sources] = await Promise.all([
    db().pillar.findMany({ orderBy: [{ declarationId: "asc" }, { position: "asc" }],
      select: { id: true, slug: true, name: true, shortName: true } }),
    db().country.findMany({ where: { commitments: { some: {} } }, orderBy: { name: "asc" },
      select: { code: true, name: true } }),
    db().declaration.findMany({ orderBy: { publishedAt: "asc" }, select: { key: true, sourceTitle: true } }),
  ]);
  return { pillars, countries, sources };
}

/** Choices of the commitment form: every country on file and the commitments that can take sub-commitments. */
export async function listCommitmentFormChoices() {
  const [declarations, pillars, countries, parents] = await Promise.all([
    db().declaration.findMany({ orderBy: { meetingDate: "desc" }, select: { id: true, name: true } }),
    db().pillar.findMany({ orderBy: [{ declarationId: "asc" }, { position: "asc" }], select: { id: true, name: true } }),
    db().country.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    db().commitment.findMany({ where: { parentId: null, archivedAt: null }, orderBy: [{ declarationId: "asc" }, { position: "asc" }],
      select: { key: true, title: true } }),
  ]);
  return { declarations, pillars, countries, parents };
}
