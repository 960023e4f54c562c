import type { TargetQualifier } from "../generated/prisma/enums";

const QUALIFIERS: Record<TargetQualifier, string> = {
  EXACTLY: "", ABOUT: "about ", MORE_THAN: "more than ", NEARLY: "nearly ", UP_TO: "up to ",
};

/** "about 25,500 people", "more than 686,000,000 USD": a target as the source put it. */
export function formatTarget(target: { qualifier: TargetQualifier; value: number; unit: string }): string {
  return `${QUALIFIERS[target.qualifier]}${target.value.toLocaleString("en-US")} ${target.unit}`;
}
