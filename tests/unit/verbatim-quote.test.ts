import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceBlocks, withoutFrontMatter } from "@/lib/domain/source-text";
import { checkQuote } from "@/lib/domain/verbatim-quote";

const factSheet = sourceBlocks(withoutFrontMatter(readFileSync(
  path.resolve(import.meta.dirname, "../../prisma/seed/la-declaration-fact-sheet-2024-09-26.md"), "utf8")));

describe("a quote checked word for word against the document", () => {
  it("finds a sentence as the document has it, white space and line breaks of the paste forgiven", () => {
    const quote = "Costa Rica will also expand eligibility criteria to include\n  nationals from eligible countries who were " +
      "present in Costa Rica on or before September 15, 2024.";
    const check = checkQuote(factSheet, quote);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(factSheet[check.block]!.text.slice(check.from, check.to)).toBe(quote.replace(/\s+/g, " "));
  });

  it("finds words that stood inside emphasis or a link in the markdown", () => {
    expect(checkQuote(factSheet, "the United States has now committed over $1.2 billion under the Los Angeles " +
      "Declaration framework in 2024 alone").ok).toBe(true);
  });

  it("refuses a changed word and names it beside the document's word at the same place", () => {
    const check = checkQuote(factSheet, "Costa Rica will also expand eligibility rules to include nationals");
    expect(check).toEqual({ ok: false, at: "Costa Rica will also expand eligibility ".length,
      quoted: "eligibility rules", document: "eligibility criteria" });
  });

  it("refuses a missing comma and a straightened apostrophe, which are not the document's words", () => {
    expect(checkQuote(factSheet, "Under the U.S. Government's Safe Mobility Initiative")).toMatchObject({ ok: false,
      at: "Under the U.S. Government".length, quoted: "U.S. Government's", document: "U.S. Government’s" });
    expect(checkQuote(factSheet, "Since June 4 encounters between ports of entry")).toMatchObject({ ok: false,
      at: "Since June 4".length });
  });

  it("says a quote whose very first words are in no block differs at its start, with nothing to set beside it", () => {
    expect(checkQuote(factSheet, "Zanzibar pledges a bridge.")).toEqual({ ok: false, at: 0, quoted: "Zanzibar",
      document: "" });
  });

  it("never takes an empty quote, nor a quote that runs on past the end of its paragraph", () => {
    expect(checkQuote(factSheet, "   ").ok).toBe(false);
    expect(checkQuote(factSheet, "Encounters in July and August 2024 dropped to the lowest levels since September " +
      "2020. Panama is implementing")).toMatchObject({ ok: false, at: ("Encounters in July and August 2024 dropped to " +
      "the lowest levels since September 2020.").length });
  });
});

describe("where a quote parts from its document", () => {
  // Read inside each test: Stryker switches a mutant on per test.
  const blocks = () => sourceBlocks("Costa Rica will keep its offices open until December 2025.\n\n" +
    "Panama will open two new offices in Darién.");

  it("shows the differing word with the word before it, on both sides", () => {
    expect(checkQuote(blocks(), "Costa Rica will keep its offices shut until December 2025."))
      .toEqual({ ok: false, at: 33, quoted: "offices shut", document: "offices open" });
    expect(checkQuote(blocks(), "Panama will open two new offices in Darien."))
      .toEqual({ ok: false, at: 40, quoted: "in Darien.", document: "in Darién." });
    expect(checkQuote(blocks(), "Panama will open two new offices in Darién. More"))
      .toEqual({ ok: false, at: 43, quoted: "in Darién. More", document: "in Darién." });
  });

  it("compares with the first paragraph when two start the same, and from the start when none does", () => {
    expect(checkQuote(blocks(), "will close")).toEqual({ ok: false, at: 5, quoted: "will close", document: "will keep" });
    expect(checkQuote(blocks(), "Xosta Rica")).toEqual({ ok: false, at: 0, quoted: "Xosta", document: "" });
    expect(checkQuote([], "x")).toEqual({ ok: false, at: 0, quoted: "x", document: "" });
  });
});
