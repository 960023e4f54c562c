import type { DatePrecision, DeadlineKind } from "../generated/prisma/enums";
import type { CalendarDate } from "./calendar-date";
import { periodEnd } from "./date-precision";

export type DatedItem = { kind: DeadlineKind; date: CalendarDate; precision: DatePrecision };

/**
 * The deadline to show beside a commitment: the soonest one still open, else the one most recently passed. Reference
 * dates (an eligibility cut-off) are nobody's deadline and never qualify.
 */
export function nextDeadline<T extends DatedItem>(items: readonly T[], today: CalendarDate): T | null {
  const dated = items
    .filter((item) => item.kind !== "REFERENCE")
    .map((item) => ({ item, due: periodEnd(item.date, item.precision) }))
    .sort((a, b) => a.due.localeCompare(b.due));
  const open = dated.find(({ due }) => due >= today);
  return (open ?? dated.at(-1))?.item ?? null;
}
