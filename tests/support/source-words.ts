import { readFileSync } from "node:fs";
import path from "node:path";
import { formatPreciseDate, type PreciseDate } from "@/lib/domain/date-precision";
import type { TargetQualifier } from "@/lib/generated/prisma/enums";

/**
 * The fact sheet as plain text: markdown emphasis and link syntax removed, white space collapsed. Read from the copy
 * the seed ships (byte for byte ../shared/source's), so the tests run from a clone wherever it stands.
 */
export function plainFactSheet(): string {
  const markdown = readFileSync(path.resolve(import.meta.dirname,
    "../../prisma/seed/la-declaration-fact-sheet-2024-09-26.md"), "utf8").replace(/^---[\s\S]*?---/, "");
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/\\#/g, "#")
    .replace(/\s+/g, " ");
}

const QUALIFIER_WORDS: [RegExp, TargetQualifier][] = [
  [/^(more than|over)\s+/i, "MORE_THAN"],
  [/^nearly\s+/i, "NEARLY"],
  [/^(approximately|about|an estimated)\s+/i, "ABOUT"],
  [/^up to\s+/i, "UP_TO"],
];
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10 };
const SCALES: Record<string, number> = { million: 1e6, billion: 1e9 };
/** Amounts the words give without a number: a figure that says them has no value. */
const UNCOUNTED = /^(hundreds|thousands|half)\b/i;

/**
 * What a figure's own words say: the qualifier they open with and the number they name ("more than $686 million" is
 * more than 686,000,000; "four-fold" is 4; "hundreds" names no number). Throws on words it cannot read, so that a
 * figure nobody can check fails its test rather than passing it.
 */
export function readFigureWords(words: string): { qualifier: TargetQualifier; value: number | null } {
  let rest = words.trim();
  let qualifier: TargetQualifier = "STATED";
  for (const [pattern, named] of QUALIFIER_WORDS) {
    const match = rest.match(pattern);
    if (match) {
      qualifier = named;
      rest = rest.slice(match[0].length);
      break;
    }
  }
  const digits = rest.match(/^\$?(\d[\d,]*(?:\.\d+)?)%?(?:\s+(million|billion)\b)?/i);
  if (digits) {
    const scale = digits[2] ? SCALES[digits[2].toLowerCase()]! : 1;
    return { qualifier, value: Math.round(Number(digits[1]!.replace(/,/g, "")) * scale * 100) / 100 };
  }
  const word = rest.match(/^([a-z]+)(?:-fold)?\b/i)?.[1]?.toLowerCase();
  if (word && word in NUMBER_WORDS) return { qualifier, value: NUMBER_WORDS[word]! };
  if (UNCOUNTED.test(rest)) return { qualifier, value: null };
  throw new Error(`Cannot read a figure in "${words}"`);
}

/**
 * Whether a date says no more than its words: the date as shown ("August 2024") must stand in the words, except the
 * year of a date marked inferred, whose words must then lack it ("In August"). What is left must always stand there,
 * so a month or a day that differs from the text fails.
 */
export function dateMatchesWords(date: PreciseDate & { inferred: boolean }, words: string): boolean {
  const shown = formatPreciseDate(date).toLowerCase();
  const text = words.toLowerCase();
  const year = shown.match(/\d{4}$/)?.[0] ?? "";
  const withoutYear = shown.slice(0, shown.length - year.length).replace(/[,\s]+$/, "");
  if (withoutYear !== "" && !text.includes(withoutYear)) return false;
  return date.inferred ? !text.includes(year) : text.includes(shown);
}
