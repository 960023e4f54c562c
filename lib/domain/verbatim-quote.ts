import type { SourceBlock } from "./source-text";

/**
 * Whether a quote stands word for word in a document (read as its blocks, lib/domain/source-text.ts), and where it
 * first parts from it. White space is compared collapsed, as the source page matches passages; nothing else is
 * forgiven, so a changed word, a missing comma or a straightened quotation mark is a difference.
 */
export type QuoteCheck =
  | { ok: true; block: number; from: number; to: number }
  /** at: 0-based offset in the quote where it first differs from the closest passage of the document. */
  | { ok: false; at: number; quoted: string; document: string };

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** The word around an offset, with a little of what comes before, so the reader can find the place. */
function around(text: string, at: number): string {
  const start = Math.max(0, text.lastIndexOf(" ", Math.max(0, at - 1)));
  const from = Math.max(0, text.lastIndexOf(" ", Math.max(0, start - 1)));
  const end = text.indexOf(" ", at + 1);
  return text.slice(from, end === -1 ? text.length : end).trim();
}

/** The length of the longest start of `quote` found in `text` (a start that occurs means every shorter one does). */
function longestPrefix(text: string, quote: string): { length: number; index: number } {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  return { length: low, index: low === 0 ? 0 : text.indexOf(quote.slice(0, low)) };
}

export function checkQuote(blocks: readonly SourceBlock[], quote: string): QuoteCheck {
  const wanted = collapse(quote);
  let best = { block: -1, length: -1, index: 0 };
  for (const [block, { text }] of blocks.entries()) {
    const found = longestPrefix(text, wanted);
    if (found.length > best.length) best = { block, ...found };
    if (found.length === wanted.length) break;
  }
  if (wanted !== "" && best.length === wanted.length) {
    return { ok: true, block: best.block, from: best.index, to: best.index + wanted.length };
  }
  const text = blocks[best.block]?.text ?? "";
  const at = Math.max(0, best.length);
  return { ok: false, at, quoted: around(wanted, at), document: best.length > 0 ? around(text, best.index + at) : "" };
}
