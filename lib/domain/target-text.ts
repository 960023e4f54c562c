import type { TargetKind, TargetQualifier } from "../generated/prisma/enums";

export const TARGET_QUALIFIERS: Record<TargetQualifier, string> = {
  STATED: "", ABOUT: "about ", MORE_THAN: "more than ", NEARLY: "nearly ", UP_TO: "up to ",
};

export type FigureText = { qualifier: TargetQualifier; value: number | null; unit: string; asWritten: string | null };

/**
 * A figure as the source put it: its own words when they are known ("4.4 million Venezuelans", "hundreds of foreign
 * nationals"), never a number more precise than the text; else the qualifier, the number and the unit.
 */
export function formatTarget(target: FigureText): string {
  if (target.asWritten) return target.asWritten;
  const value = target.value === null ? "" : `${target.value.toLocaleString("en-US")} `;
  return `${TARGET_QUALIFIERS[target.qualifier]}${value}${target.unit}`;
}

export const FIGURE_KINDS: Record<TargetKind, { heading: string; meaning: string }> = {
  GOAL: { heading: "Targets", meaning: "A figure still to be reached; staff log progress toward it." },
  REPORTED: { heading: "Reported as reached", meaning: "A figure the source reports as already reached." },
  CONTEXT: { heading: "Context", meaning: "A fact of the situation the source gives: not a target, never shown with progress." },
};

/** Only a goal with a number has a progress to show. */
export function showsProgress(target: { kind: TargetKind; value: number | null }): boolean {
  return target.kind === "GOAL" && target.value !== null && target.value > 0;
}
