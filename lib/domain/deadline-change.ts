import { formatPreciseDate, periodEnd, type PreciseDate } from "./date-precision";

/** "extended from December 2025 to June 2026": how a deadline moved, told by when each version falls due. */
export function describeDeadlineChange(before: PreciseDate | null, after: PreciseDate): string {
  const to = formatPreciseDate(after);
  if (!before) return `set to ${to}`;
  const from = formatPreciseDate(before);
  const [oldEnd, newEnd] = [periodEnd(before.date, before.precision), periodEnd(after.date, after.precision)];
  if (newEnd > oldEnd) return `extended from ${from} to ${to}`;
  if (newEnd < oldEnd) return `brought forward from ${from} to ${to}`;
  return from === to ? `kept at ${to}` : `restated from ${from} as ${to}`;
}
