import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { markPassages, plainMarkdown, sentenceRanges, sourceBlocks, withoutFrontMatter } from "@/lib/domain/source-text";

const factSheet = readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed/la-declaration-fact-sheet-2024-09-26.md"), "utf8");

describe("a source document read as plain text", () => {
  it("drops link syntax, emphasis and escapes and keeps every word, even emphasis inside a word", () => {
    expect(plainMarkdown("committed o**ver $1.2 billion** [executive\naction](https://x.example/a)s  \n\\###"))
      .toBe("committed over $1.2 billion executive actions ###");
    expect(plainMarkdown("**More than half of Los** **Angeles Declaration**")).toBe("More than half of Los Angeles Declaration");
  });

  it("cuts the text into paragraphs, list items and bold section titles, a bold sentence staying a paragraph", () => {
    const blocks = sourceBlocks("Intro **bold**:  \n\n1.  first;  \n2.  second.\n\n**Section\nTitle**\n\n-   One\n    item.  \n-   Two.\n \n**A bold sentence.**");
    expect(blocks).toEqual([
      { kind: "paragraph", text: "Intro bold:" },
      { kind: "item", text: "first;", ordered: true },
      { kind: "item", text: "second.", ordered: true },
      { kind: "heading", text: "Section Title" },
      { kind: "item", text: "One item." },
      { kind: "item", text: "Two." },
      { kind: "paragraph", text: "A bold sentence." },
    ]);
  });

  it("strips the front matter of the published file and nothing else", () => {
    const body = withoutFrontMatter(factSheet);
    expect(body.startsWith(" \nOn June 10, 2022, President Biden launched")).toBe(true);
    expect(factSheet.endsWith(body)).toBe(true);
  });

  it("counts sentences without cutting at U.S. or Dr., and a run of signs is no sentence", () => {
    const text = "Biden acted to bar migrants who cross the U.S. Southern border. With Dr. Liz Sherwood-Randall, it fell by 50%. Then ###";
    expect(sentenceRanges(text).map(([from, to]) => text.slice(from, to))).toEqual([
      "Biden acted to bar migrants who cross the U.S. Southern border.",
      "With Dr. Liz Sherwood-Randall, it fell by 50%.",
      "Then ###",
    ]);
    expect(sentenceRanges("###")).toEqual([]);
  });
});

describe("the passages that became commitments", () => {
  // Made inside each test: Stryker switches a mutant on per test, so a value made while the file loads never has one.
  const blocks = () => sourceBlocks("**Section**\n\n-   One sentence here. Two  sentences\n    here. Three.\n-   Other item.");

  it("marks a passage where it stands, white space compared collapsed, and cuts the block around it", () => {
    const marked = markPassages(blocks(), [{ key: "two", text: "Two sentences here." }]);
    expect(marked.unmatched).toEqual([]);
    expect(marked.blocks[1]!.segments).toEqual([
      { text: "One sentence here. ", keys: [], starts: [], ends: [] },
      { text: "Two sentences here.", keys: ["two"], starts: ["two"], ends: ["two"] },
      { text: " Three.", keys: [], starts: [], ends: [] },
    ]);
    expect(marked.blocks[1]!.segments.map((segment) => segment.text).join("")).toBe(blocks()[1]!.text);
  });

  it("carries both keys where passages overlap, and counts the sentences they touch out of all but headings", () => {
    const marked = markPassages(blocks(), [
      { key: "whole", text: "One sentence here. Two sentences here." },
      { key: "part", text: "Two sentences here." },
    ]);
    expect(marked.blocks[1]!.segments.map((segment) => [segment.text, segment.keys])).toEqual([
      ["One sentence here. ", ["whole"]],
      ["Two sentences here.", ["whole", "part"]],
      [" Three.", []],
    ]);
    expect([marked.sentencesMarked, marked.sentences]).toEqual([2, 4]);
  });

  it("lists a passage that is not in the text, one changed word being enough", () => {
    const marked = markPassages(blocks(), [{ key: "changed", text: "Two sentences there." }, { key: "empty", text: " " }]);
    expect(marked.unmatched).toEqual(["changed", "empty"]);
    expect(marked.sentencesMarked).toBe(0);
  });
});

describe("a source document's edges the core mutation run found untested", () => {
  it("keeps a link's words and drops its address", () => {
    expect(plainMarkdown("See [the fact sheet](https://example.org/a) for more.")).toBe("See the fact sheet for more.");
  });

  it("splits paragraphs on blank lines written with CRLF or a lone CR", () => {
    expect(sourceBlocks("One.\r\n\r\nTwo.").map((block) => block.text)).toEqual(["One.", "Two."]);
    expect(sourceBlocks("One.\r\rTwo.").map((block) => block.text)).toEqual(["One.", "Two."]);
  });

  it("takes only a wholly bold line as a heading, at the end of the file too", () => {
    expect(sourceBlocks("Intro.\n\n**Closing section**\n").map((block) => block.kind)).toEqual(["paragraph", "heading"]);
    expect(sourceBlocks("**Bold start** then words").map((block) => block.kind)).toEqual(["paragraph"]);
    expect(sourceBlocks("Words then **bold end**").map((block) => block.kind)).toEqual(["paragraph"]);
  });

  it("marks an item as numbered only when its marker is a number, indented or not", () => {
    expect(sourceBlocks("  1. Indented step\n- 2 bullets left").map((block) => block.ordered ?? false)).toEqual([true, false]);
  });

  it("finds a passage whatever white space it was copied with", () => {
    const marked = markPassages(sourceBlocks("Costa Rica will open offices."), [{ key: "cr", text: "Costa  Rica\nwill" }]);
    expect(marked.unmatched).toEqual([]);
  });

  it("counts a run of signs after a stop as no sentence", () => {
    expect(sentenceRanges("Done. (42)")).toEqual([[0, 5]]);
  });

  it("counts only the sentences a passage stands in, and leaves a block without passages one plain segment", () => {
    const marked = markPassages(sourceBlocks("One here. Two here.\n\nOther block."), [{ key: "two", text: "Two here." }]);
    expect(marked.blocks.map((block) => [block.sentences, block.sentencesMarked])).toEqual([[2, 1], [1, 0]]);
    expect(marked.blocks[1]?.segments).toEqual([{ text: "Other block.", keys: [], starts: [], ends: [] }]);
  });

  it("removes front matter only at the start of the file", () => {
    expect(withoutFrontMatter("---\ntitle: A\n---\nBody")).toBe("Body");
    expect(withoutFrontMatter("Body\n---\nnot fields\n---\nMore")).toBe("Body\n---\nnot fields\n---\nMore");
  });
});
