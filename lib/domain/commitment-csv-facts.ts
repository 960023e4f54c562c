import type { CommitmentStatus, CommitmentType, DatePrecision, DeadlineKind } from "../generated/prisma/enums";
import type { CalendarDate } from "./calendar-date";

/**
 * What commitments.csv says about a commitment that an import can change, in typed form. The export writes these
 * cells and the import reads them back with the inverse rules (lib/validation/commitment-csv.ts), so a file exported
 * and imported unchanged compares equal field by field.
 */
export type DeadlineFacts = { key: string; kind: DeadlineKind; label: string; date: CalendarDate; precision: DatePrecision };

export type CommitmentFacts = {
  key: string;
  version: number;
  declaration: string;
  parentKey: string | null;
  pillar: string | null;
  title: string;
  description: string;
  sourceText: string;
  sourceSection: string;
  type: CommitmentType;
  status: CommitmentStatus;
  leadCountry: string | null;
  /** Every acting country, the lead included. */
  countries: string[];
  collectiveActor: string | null;
};

/** The lead first, then the partners in alphabetical order, so the same set is always written the same way. */
export function orderCountries(countries: readonly string[], lead: string | null): string[] {
  const partners = countries.filter((code) => code !== lead).sort();
  return lead ? [lead, ...partners] : partners;
}

/** The cells of the editable columns, keyed by column name, as the export writes them. */
export function commitmentFactCells(facts: CommitmentFacts, deadline: DeadlineFacts | null): Record<string, string> {
  return {
    key: facts.key,
    version: String(facts.version),
    parent_key: facts.parentKey ?? "",
    declaration: facts.declaration,
    pillar: facts.pillar ?? "",
    title: facts.title,
    description: facts.description,
    source_text: facts.sourceText,
    source_section: facts.sourceSection,
    type: facts.type.toLowerCase(),
    status: facts.status.toLowerCase(),
    lead_country: facts.leadCountry ?? "",
    countries: orderCountries(facts.countries, facts.leadCountry).join(";"),
    collective_actor: facts.collectiveActor ?? "",
    deadline_key: deadline?.key ?? "",
    deadline_kind: deadline?.kind.toLowerCase() ?? "",
    deadline_label: deadline?.label ?? "",
    deadline_date: deadline?.date ?? "",
    deadline_precision: deadline?.precision.toLowerCase() ?? "",
  };
}
