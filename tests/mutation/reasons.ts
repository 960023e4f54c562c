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
  { file: "lib/domain/csv-import-diff.ts", lines: [236], mutator: "ConditionalExpression", replacement: "false",
    reason: "Equivalent: a stored child the file keeps under this commitment is also in the second list (the planned " +
      "rows under it), and the two lists are merged without repeats." },
  { file: "lib/domain/csv-import-diff.ts", lines: [291], mutator: "ArithmeticOperator",
    reason: "Equivalent as run: the plan's rows come in file order and the sort is stable, so rows of one kind keep file " +
      "order with or without the line comparison (V8 leaves an always-positive comparison's runs in place)." },
  { file: "lib/domain/sign-in-throttle.ts", lines: [18], mutator: "Regex", replacement: "/::ffff:",
    reason: "Equivalent for the addresses a socket gives: nothing stands before an IPv4-mapped address's \"::ffff:\"." },
  { file: "lib/domain/sign-in-throttle.ts", lines: [18], mutator: "Regex", replacement: "{3})/i",
    reason: "Equivalent for the addresses a socket gives: nothing follows an IPv4-mapped address's last digits." },
  { file: "lib/domain/sign-in-throttle.ts", lines: [21], mutator: "MethodExpression", replacement: "toUpperCase",
    reason: "Equivalent: the groups are read by parseInt(…, 16), which takes either case, and the key is written back " +
      "in lower case by toString(16)." },
  { file: "lib/domain/sign-in-throttle.ts", lines: [21], mutator: "StringLiteral",
    reason: "Equivalent: split always gives a first element, so the default of `head` is never used." },
  { file: "lib/domain/sign-in-throttle.ts", lines: [22], replacement: "false",
    reason: "Equivalent: an empty head read as one empty group counts as a zero, in place of a zero the missing groups " +
      "would add; the first four groups come out the same." },
  { file: "lib/domain/sign-in-throttle.ts", lines: [22], mutator: "StringLiteral",
    reason: "Equivalent: as the `false` mutant on this line, an empty head taken as one group reads as a zero." },
  { file: "lib/domain/sign-in-throttle.ts", lines: [23], mutator: "ConditionalExpression", replacement: "false",
    reason: "Equivalent: an empty tail taken as one empty group reads as a zero at the end, past the four groups kept." },
  { file: "lib/domain/sign-in-throttle.ts", lines: [23], mutator: "StringLiteral", replacement: "Stryker was here!",
    reason: "Equivalent: as the `false` mutant on this line." },
  { file: "lib/domain/sign-in-throttle.ts", lines: [23], mutator: "ArrayDeclaration",
    reason: "Equivalent: the stand-in group of an empty tail lands at the end, past the four groups kept." },
  { file: "lib/domain/sign-in-throttle.ts", lines: [25], mutator: "ConditionalExpression", replacement: "false",
    reason: "Equivalent for the addresses a socket gives: an IPv6 address without \"::\" has all eight groups, so " +
      "no zeros are missing." },
  { file: "lib/domain/sign-in-throttle.ts", lines: [25, 26], mutator: "StringLiteral", replacement: "\"\"",
    reason: "Equivalent: an empty group reads as 0 (`group || \"0\"`), and no group is empty in a valid address." },
  { file: "lib/domain/format-number.ts", lines: [6, 15], mutator: "StringLiteral",
    reason: "Equivalent where the app runs: without a locale, Intl uses the process's default, en-US here as on the " +
      "server, the same as the default \"en\"." },
  { file: "lib/domain/format-number.ts", lines: [22], mutator: "OptionalChaining",
    reason: "Equivalent: formatToParts of a currency format always has a currency part." },
  { file: "lib/validation/commitment-csv.ts", mutator: "StringLiteral", replacement: "\"\"", lines: [60, 72, 80, 90],
    reason: "Equivalent: the import reads an issue's message and path, never its code." },
  { file: "lib/validation/commitment-csv.ts", lines: [88, 111], mutator: "Regex",
    reason: "Equivalent: the empty pieces a single separator leaves between repeated ones are filtered out." },
  { file: "lib/validation/progress-update.ts", lines: [18], replacement: "0",
    reason: "Equivalent: the URL parser refuses an http or https address without a host, so a parsed one always has " +
      "one." },
  { file: "lib/validation/progress-update.ts", lines: [18], mutator: "ConditionalExpression", replacement: "true",
    reason: "Equivalent: the URL parser refuses an http or https address without a host." },
  { file: "lib/validation/progress-update.ts", lines: [19], mutator: "BlockStatement",
    reason: "Equivalent: an empty catch returns undefined, which the refinement takes as false, as it does false." },
  { file: "lib/validation/progress-update.ts", lines: [39], mutator: "StringLiteral",
    reason: "Equivalent: the form reads an issue's message and path, never its code." },
  { file: "lib/domain/csv-read.ts", lines: [51],
    reason: "Equivalent: the byte-order mark left in place is removed by the header name's trim (String#trim takes " +
      "U+FEFF), and stands nowhere else." },
  { file: "lib/domain/csv-read.ts", lines: [56], mutator: "BooleanLiteral",
    reason: "Equivalent: an empty line the parser keeps is a record with every cell empty, which the reader skips and " +
      "the cap does not count." },
  { file: "lib/domain/csv-read.ts", lines: [64], mutator: "ConditionalExpression",
    reason: "Equivalent: csv-parse throws only CsvError, and the cap's own error is handled before." },
  { file: "lib/domain/csv-read.ts", lines: [66], mutator: "StringLiteral",
    reason: "Equivalent: every CsvError of the parser's quoting checks carries its line." },
  { file: "lib/domain/csv-read.ts", lines: [102], mutator: "StringLiteral",
    reason: "Equivalent: the cap's internal error message is never shown; the refusal is written from its line." },
  { file: "lib/domain/csv-read.ts", lines: [127],
    reason: "Equivalent: a header without a line end loses its last byte to the mutant, and no header of the export " +
      "ends in its only separator." },
  { file: "lib/domain/csv-read.ts", lines: [138], mutator: "EqualityOperator",
    reason: "Equivalent: the byte at `start` is never a line feed (the loop before skipped them), so counting it " +
      "changes nothing." },
  { file: "lib/domain/commitment-timeline.ts", lines: [51, 53, 68], mutator: "EqualityOperator",
    reason: "Equivalent: on equal dates both sides of the choice are the same date." },
  { file: "lib/domain/request-origin-check.ts", lines: [5, 8],
    reason: "Equivalent: the URL parser refuses \"\" and \"null\" as it refuses any text that is no address, and " +
      "an empty catch's undefined is passed over by `??` and never equals the site's origin, as null is." },
  { file: "lib/domain/verbatim-quote.ts", lines: [32], mutator: "ConditionalExpression",
    reason: "Equivalent: with no start found, indexOf of the empty start is 0, the same as the guard's 0." },
  { file: "lib/domain/verbatim-quote.ts", lines: [41], mutator: "ConditionalExpression",
    reason: "Equivalent: the break only saves work; a later paragraph cannot beat a whole match, since only a longer " +
      "start replaces the best." },
  { file: "lib/domain/csv-encode.ts", lines: [33], mutator: "ConditionalExpression",
    reason: "Equivalent: the shortcut only spares the split; a cell without a separator is one piece either way." },
  { file: "lib/domain/country-shade.ts", lines: [12], mutator: "ConditionalExpression",
    reason: "Equivalent: with no best yet, `counts[null]` is undefined, read as 0, and every count considered is above 0." },
  { file: "lib/domain/localized-text.ts", lines: [20], mutator: "ConditionalExpression",
    reason: "Equivalent for stored text: an English reader then gets the English trimmed, and stored titles and " +
      "descriptions are trimmed when saved." },
  { file: "lib/domain/localized-text.ts", lines: [28], mutator: "ConditionalExpression",
    reason: "Equivalent: a value that is not a string is never among the locales, so `includes` answers false as the " +
      "type test does." },
  { file: "lib/domain/localized-text.ts", lines: [38], mutator: "ConditionalExpression",
    reason: "Equivalent with the two languages the app has: translation rows exist only for Spanish, so the first row " +
      "is the Spanish one." },
];

export function reasonFor(survivor: Survivor): string | undefined {
  return RULES.find((rule) => rule.file === survivor.file
    && (!rule.lines || rule.lines.includes(survivor.line))
    && (!rule.mutator || rule.mutator === survivor.mutator)
    && (rule.replacement === undefined || survivor.replacement.includes(rule.replacement)))?.reason;
}
