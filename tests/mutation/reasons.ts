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
  { file: "lib/domain/csv-import-diff.ts", lines: [108], mutator: "ConditionalExpression", replacement: "true",
    reason: "Equivalent: the branch before already takes a stored row whose version is empty, so this test of " +
      "`values.version !== null` is only reached when it holds." },
  { file: "lib/domain/csv-import-diff.ts", lines: [142],
    reason: "Equivalent: the entry of a row older than the database is never read; a conflict's plan carries no entry, " +
      "and an error's none either." },
  { file: "lib/domain/csv-import-diff.ts", lines: [155, 156],
    reason: "Equivalent: statusEntry reads only the reason and evidence errors of updateRuleErrors; the note, the value " +
      "reached and the correction flag only decide its note error." },
  { file: "lib/domain/csv-import-diff.ts", lines: [181], replacement: "values.title",
    reason: "Equivalent: the stand-in title of a new row without one is never shown; the row is refused for the missing " +
      "title and an error's plan carries no facts." },
  { file: "lib/domain/csv-import-diff.ts", lines: [181], replacement: "values.description",
    reason: "Equivalent: as the title's, a missing description makes the row an error, whose plan carries no facts." },
  { file: "lib/domain/csv-import-diff.ts", lines: [181], mutator: "StringLiteral", replacement: "Stryker was here!",
    reason: "Equivalent: the stand-in title and description of a new row without them are never shown (the row is an " +
      "error). The source text's stand-in on this line is killed: the document is never asked about a missing quote " +
      "(tests/unit/csv-import-diff.test.ts)." },
  { file: "lib/domain/csv-import-diff.ts", lines: [182], replacement: "values.type",
    reason: "Equivalent: as the title's, a missing type makes the row an error, whose plan carries no facts." },
  { file: "lib/domain/csv-import-diff.ts", lines: [182], mutator: "StringLiteral", replacement: "\"\"",
    reason: "Equivalent: the stand-in type \"PROGRAM\" is only used when the type is missing, which makes the row an " +
      "error whose plan carries no facts." },
  { file: "lib/domain/csv-import-diff.ts", lines: [253, 254], mutator: "StringLiteral",
    reason: "Equivalent: `after` is commitmentFactCells' output, which has a cell for every column the preview lists, so " +
      "its `?? \"\"` fallback never runs." },
  { file: "lib/domain/csv-import-diff.ts", lines: [139], mutator: "StringLiteral", replacement: "\"\"",
    reason: "Killed since the recorded run: tests/unit/csv-import-diff.test.ts › \"still checks the deadline cells of a " +
      "row whose other cells have errors\" (seeded by hand, it fails)." },
  { file: "lib/domain/csv-import-diff.ts", lines: [236], mutator: "ConditionalExpression", replacement: "false",
    reason: "Equivalent: a stored child the file keeps under this commitment is also in the second list (the planned " +
      "rows under it), and the two lists are merged without repeats." },
  { file: "lib/domain/csv-import-diff.ts", lines: [291], mutator: "ArithmeticOperator",
    reason: "Equivalent as run: the plan's rows come in file order and the sort is stable, so rows of one kind keep file " +
      "order with or without the line comparison (V8 leaves an always-positive comparison's runs in place)." },
];

export function reasonFor(survivor: Survivor): string | undefined {
  return RULES.find((rule) => rule.file === survivor.file
    && (!rule.lines || rule.lines.includes(survivor.line))
    && (!rule.mutator || rule.mutator === survivor.mutator)
    && (rule.replacement === undefined || survivor.replacement.includes(rule.replacement)))?.reason;
}
