import type { Survivor } from "./survivors";

/**
 * Why each mutant that no test kills is left, read by survivors.ts. A rule names a file and, where it must, the lines,
 * the mutator and the replacement (a substring); the first rule that matches a survivor gives its reason. Rules are
 * written per mutant or per group of mutants that are the same case, never "everything else in this file".
 */
type Rule = { file: string; lines?: number[]; mutator?: string; replacement?: string; reason: string };

const RULES: Rule[] = [
];

export function reasonFor(survivor: Survivor): string | undefined {
  return RULES.find((rule) => rule.file === survivor.file
    && (!rule.lines || rule.lines.includes(survivor.line))
    && (!rule.mutator || rule.mutator === survivor.mutator)
    && (rule.replacement === undefined || survivor.replacement.includes(rule.replacement)))?.reason;
}
