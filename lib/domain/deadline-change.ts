import { formatPreciseDate, periodEnd, type PreciseDate } from "./date-precision";
import type { Locale } from "./localized-text";

export type DeadlineChange = { kind: "set" | "extended" | "broughtForward" | "kept" | "restated"; from: string; to: string };

/** How a deadline moved, told by when each version falls due, with both dates as written in `locale`. */
export function deadlineChange(before: PreciseDate | null, after: PreciseDate, locale: Locale = "en"): DeadlineChange {
  const to = formatPreciseDate(after, locale);
  if (!before) return { kind: "set", from: "", to };
  const from = formatPreciseDate(before, locale);
  const [oldEnd, newEnd] = [periodEnd(before.date, before.precision), periodEnd(after.date, after.precision)];
  if (newEnd > oldEnd) return { kind: "extended", from, to };
  if (newEnd < oldEnd) return { kind: "broughtForward", from, to };
  return { kind: from === to ? "kept" : "restated", from, to };
}

/** "extended from December 2025 to June 2026" (the English words; pages word it from their catalogue). */
export function describeDeadlineChange(before: PreciseDate | null, after: PreciseDate): string {
  const { kind, from, to } = deadlineChange(before, after);
  switch (kind) {
    case "set":
      return `set to ${to}`;
    case "extended":
      return `extended from ${from} to ${to}`;
    case "broughtForward":
      return `brought forward from ${from} to ${to}`;
    case "kept":
      return `kept at ${to}`;
    case "restated":
      return `restated from ${from} as ${to}`;
  }
}
