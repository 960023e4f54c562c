import "server-only";
import { db } from "../db/client";
import { fromDbDate } from "../domain/calendar-date";

/** The commitments the public may see, grouped by pillar, with what the home page shows of each. */
export async function listPublicCommitmentsByPillar() {
  const [pillars, commitments] = await Promise.all([
    db().pillar.findMany({ orderBy: [{ declarationId: "asc" }, { position: "asc" }] }),
    db().commitment.findMany({
      where: { archivedAt: null },
      orderBy: [{ declarationId: "asc" }, { position: "asc" }],
      select: {
        id: true,
        key: true,
        title: true,
        status: true,
        pillarId: true,
        parentId: true,
        collectiveActor: true,
        countries: { select: { role: true, country: { select: { code: true, name: true } } } },
        deadlines: { select: { kind: true, label: true, date: true, precision: true } },
      },
    }),
  ]);
  const rows = commitments.map((commitment) => ({
    ...commitment,
    countries: commitment.countries
      .sort((a, b) => (a.role === b.role ? a.country.name.localeCompare(b.country.name) : a.role === "LEAD" ? -1 : 1))
      .map(({ role, country }) => ({ ...country, lead: role === "LEAD" })),
    deadlines: commitment.deadlines.map((deadline) => ({ ...deadline, date: fromDbDate(deadline.date) })),
  }));
  // Sub-commitments stand under their parent, whatever pillar they carry themselves.
  const tree = rows
    .filter((row) => row.parentId === null)
    .map((row) => ({ ...row, children: rows.filter((child) => child.parentId === row.id) }));
  const groups = pillars.map((pillar) => ({
    pillar: { slug: pillar.slug, name: pillar.name, shortName: pillar.shortName },
    commitments: tree.filter((row) => row.pillarId === pillar.id),
  }));
  const framework = tree.filter((row) => row.pillarId === null);
  return framework.length > 0
    ? [...groups, { pillar: { slug: null, name: "Framework and institutions", shortName: "Framework" }, commitments: framework }]
    : groups;
}

export type PublicPillarGroup = Awaited<ReturnType<typeof listPublicCommitmentsByPillar>>[number];
export type PublicCommitmentRow = Omit<PublicPillarGroup["commitments"][number], "children">;
