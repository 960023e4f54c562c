/**
 * A source document as published (markdown) read as plain text, and the passages of it that became commitments.
 * A commitment's sourceText is the document's words with markdown emphasis and link syntax removed, so passages are
 * matched against the text rendered the same way, never against the markdown.
 */

/** An item of a numbered list ("1.") is ordered; the list's markers are layout, not words of the text. */
export type SourceBlock = { kind: "heading" | "paragraph" | "item"; text: string; ordered?: true };

/** The words of one line of markdown as a reader sees them: links keep their text, emphasis and escapes go. */
export function plainMarkdown(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*|__/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+\.)\s+/;

/**
 * The document's blocks in order: paragraphs (separated by blank lines), list items (a line opening with "-" or
 * "1."), and headings (a paragraph that is wholly bold and ends with no stop, as fact sheets set their section titles).
 */
export function sourceBlocks(markdown: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const chunk of markdown.replace(/\r\n?/g, "\n").split(/\n[ \t\u00a0]*\n/)) {
    let current: string[] = [];
    let kind: SourceBlock["kind"] = "paragraph";
    let ordered = false;
    const flush = () => {
      const raw = current.join("\n").trim();
      current = [];
      const text = plainMarkdown(raw);
      if (text === "") return;
      if (kind === "item") blocks.push(ordered ? { kind, text, ordered } : { kind, text });
      else blocks.push({ kind: /^\*\*[^*]+[^*.!?:]\*\*$/s.test(raw) ? "heading" : kind, text });
    };
    for (const line of chunk.split("\n")) {
      if (LIST_ITEM.test(line)) {
        flush();
        kind = "item";
        ordered = /^\s*\d/.test(line);
        current.push(line.replace(LIST_ITEM, ""));
      } else {
        current.push(line);
      }
    }
    flush();
  }
  return blocks;
}

export type Passage = { key: string; text: string };
export type Segment = { text: string; keys: string[]; starts: string[]; ends: string[] };
export type MarkedBlock = SourceBlock & { segments: Segment[]; sentences: number; sentencesMarked: number };
export type MarkedSource = { blocks: MarkedBlock[]; unmatched: string[]; sentences: number; sentencesMarked: number };

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Sentence ends: a stop after a lower-case letter, digit or closing mark, before white space and a capital.
 * "U.S. Southern" is not an end (an abbreviation of capitals), nor is "Dr. Liz".
 */
const SENTENCE_END = /(?<![A-Z]\.[A-Z])(?<!\b(?:Dr|Mr|Mrs|Ms|St)\.)(?<=[a-z0-9%)”’][.!?])\s+(?=[A-Z“‘"(])/g;

/** The [start, end) ranges of a block's sentences; a run of only signs ("###") is no sentence. */
export function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    ranges.push([start, match.index]);
    start = match.index + match[0].length;
  }
  ranges.push([start, text.length]);
  return ranges.filter(([from, to]) => /\p{L}/u.test(text.slice(from, to)));
}

/**
 * Marks every passage in the blocks it stands in (each passage's first occurrence, white space compared collapsed) and
 * cuts each block into segments that carry the keys of the passages covering them. A passage found nowhere is listed
 * in unmatched. Headings are shown but never counted as sentences.
 */
export function markPassages(blocks: SourceBlock[], passages: Passage[]): MarkedSource {
  const ranges = new Map<number, { key: string; from: number; to: number }[]>();
  const unmatched: string[] = [];
  for (const passage of passages) {
    const wanted = collapse(passage.text);
    const index = wanted === "" ? -1 : blocks.findIndex((block) => block.text.includes(wanted));
    if (index === -1) {
      unmatched.push(passage.key);
      continue;
    }
    const from = blocks[index]!.text.indexOf(wanted);
    ranges.set(index, [...(ranges.get(index) ?? []), { key: passage.key, from, to: from + wanted.length }]);
  }
  let sentences = 0;
  let sentencesMarked = 0;
  const marked = blocks.map((block, index): MarkedBlock => {
    const own = ranges.get(index) ?? [];
    const cuts = [...new Set([0, block.text.length, ...own.flatMap((range) => [range.from, range.to])])].sort((a, b) => a - b);
    const segments = cuts.slice(0, -1).map((from, i): Segment => {
      const to = cuts[i + 1]!;
      return {
        text: block.text.slice(from, to),
        keys: own.filter((range) => range.from <= from && range.to >= to).map((range) => range.key),
        starts: own.filter((range) => range.from === from).map((range) => range.key),
        ends: own.filter((range) => range.to === to).map((range) => range.key),
      };
    });
    const blockSentences = block.kind === "heading" ? [] : sentenceRanges(block.text);
    const blockMarked = blockSentences.filter(([from, to]) => own.some((range) => range.from < to && range.to > from)).length;
    sentences += blockSentences.length;
    sentencesMarked += blockMarked;
    return { ...block, segments, sentences: blockSentences.length, sentencesMarked: blockMarked };
  });
  return { blocks: marked, unmatched, sentences, sentencesMarked };
}

/** A published file's text without its front matter (the fields between "---" lines, kept as the document's fields). */
export function withoutFrontMatter(file: string): string {
  return file.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
}
