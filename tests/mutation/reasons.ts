import type { Survivor } from "./survivors";

/**
 * Why each mutant that no test kills is left, read by survivors.ts. A rule names a file and, where it must, the lines,
 * the mutator and the replacement (a substring); the first rule that matches a survivor gives its reason. Rules are
 * written per mutant or per group of mutants that are the same case, never "everything else in this file".
 */
type Rule = { file: string; lines?: number[]; mutator?: string; replacement?: string; reason: string };

const RULES: Rule[] = [
  { file: "lib/domain/icalendar.ts", lines: [100], mutator: "Regex", replacement: "/\\.\\d{3}Z/",
    reason: "Equivalent: Date#toISOString always ends in one \".sssZ\", so the pattern without its end anchor " +
      "matches the same text." },
  { file: "lib/domain/reminder-digest.ts", lines: [38], mutator: "ArrayDeclaration",
    reason: "Killed since the recorded run: tests/unit/reminder-digest.test.ts › \"leaves out a group with nothing in " +
      "it\" now checks that nothing stands where the empty group would be (seeded by hand, it fails)." },
];

export function reasonFor(survivor: Survivor): string | undefined {
  return RULES.find((rule) => rule.file === survivor.file
    && (!rule.lines || rule.lines.includes(survivor.line))
    && (!rule.mutator || rule.mutator === survivor.mutator)
    && (rule.replacement === undefined || survivor.replacement.includes(rule.replacement)))?.reason;
}
