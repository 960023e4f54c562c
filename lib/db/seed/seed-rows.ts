import { periodEnd } from "../../domain/date-precision";
import type { SeedCommitment, SeedDeadline } from "./types";

/**
 * A shipped commitment's rows as the database stores them: one definition for the loader that creates a missing one
 * and for the correction of one that staff never touched (reconcile.ts), so both write the same thing.
 */
export function seedCommitmentFields(item: SeedCommitment) {
  return {
    title: item.title,
    description: item.description,
    sourceText: item.sourceText,
    sourceSection: item.sourceSection,
    type: item.type,
    collectiveActor: item.collectiveActor ?? null,
    pillarNote: item.pillarNote ?? null,
    isGroup: item.isGroup ?? false,
    status: item.status,
  };
}

export function seedCountryRows(item: SeedCommitment) {
  return item.countries.map((country) => ({ countryCode: country.code, role: country.role }));
}

export function seedDeadlineRow(deadline: SeedDeadline) {
  const { inferenceNote, ...rest } = deadline;
  return {
    ...rest,
    date: isoDate(deadline.date),
    dueOn: isoDate(periodEnd(deadline.date, deadline.precision)),
    inferred: inferenceNote !== undefined,
    inferenceNote: inferenceNote ?? null,
  };
}

export function isoDate(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Seed date "${day}" is not YYYY-MM-DD`);
  return new Date(`${day}T00:00:00Z`);
}
