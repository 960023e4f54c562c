import "server-only";
import { fromDbDate } from "../domain/calendar-date";
import type { CommitmentFacts, DeadlineFacts } from "../domain/commitment-csv-facts";
import type { Prisma } from "../generated/prisma/client";

/**
 * What the import reads of a commitment to compare a file with. The export reads the same through its own query
 * (COMMITMENT_ROWS in lib/data/csv-export.ts); the round-trip tests hold the two to each other (an export imported
 * unchanged is "No changes").
 */
export const COMMITMENT_CSV_SELECT = {
  id: true, key: true, version: true, title: true, description: true, sourceText: true, sourceSection: true,
  type: true, status: true, statusChangedAt: true, collectiveActor: true, lastUpdateAt: true, archivedAt: true,
  parent: { select: { key: true } },
  declaration: { select: { key: true } },
  pillar: { select: { slug: true } },
  countries: { select: { countryCode: true, role: true } },
  deadlines: { orderBy: { key: "asc" }, select: { key: true, kind: true, label: true, date: true, precision: true } },
  targets: { orderBy: { key: "asc" }, take: 1, select: { value: true, unit: true, qualifier: true, currentValue: true } },
} satisfies Prisma.CommitmentSelect;

export type CommitmentCsvRow = Prisma.CommitmentGetPayload<{ select: typeof COMMITMENT_CSV_SELECT }>;

export function commitmentFacts(row: CommitmentCsvRow): CommitmentFacts {
  return {
    key: row.key,
    version: row.version,
    declaration: row.declaration.key,
    parentKey: row.parent?.key ?? null,
    pillar: row.pillar?.slug ?? null,
    title: row.title,
    description: row.description,
    sourceText: row.sourceText,
    sourceSection: row.sourceSection,
    type: row.type,
    status: row.status,
    // A joint announcement has several leads; the file's one lead column names the first by code, as the export does.
    leadCountry: row.countries.filter((country) => country.role === "LEAD").map((country) => country.countryCode).sort()[0] ?? null,
    countries: row.countries.map((country) => country.countryCode),
    collectiveActor: row.collectiveActor,
  };
}

export function deadlineFacts(row: CommitmentCsvRow): DeadlineFacts[] {
  return row.deadlines.map((deadline) => ({ ...deadline, date: fromDbDate(deadline.date) }));
}
