import { describe, expect, it } from "vitest";
import { commitmentFactCells, type CommitmentFacts, type DeadlineFacts } from "@/lib/domain/commitment-csv-facts";
import { planImport, summarisePlan, type ImportReferences, type StoredCommitment } from "@/lib/domain/csv-import-diff";
import { readCommitmentCsvRow } from "@/lib/validation/commitment-csv";

const DEADLINE: DeadlineFacts = { key: "open-until", kind: "DEADLINE", label: "Offices open until", date: "2025-12-01",
  precision: "MONTH" };
const FACTS: CommitmentFacts = {
  key: "cr-offices", version: 3, declaration: "la-declaration", parentKey: null, pillar: "lawful-pathways",
  title: "Costa Rica keeps its offices open", description: "Offices open, Bogotá included.", sourceText: "Costa Rica will…",
  sourceSection: "Lawful pathways", type: "PROGRAM", status: "IN_PROGRESS", leadCountry: "CR", countries: ["US", "CR"],
  collectiveActor: null,
};
const STORED: StoredCommitment = { facts: FACTS, deadlines: [DEADLINE], archived: false, childKeys: [] };
const REFERENCES: ImportReferences = {
  countries: new Set(["CR", "US", "PE", "CO"]),
  pillars: new Map([["lawful-pathways", "la-framework"], ["other-pillar", "other-framework"]]),
  // The document's text holds "Costa Rica will…" and nothing with "Atlantis" (lib/data/csv-import.ts checks the real text).
  declarations: new Map([["la-declaration", { framework: "la-framework",
    quoteProblem: (quote: string) => (quote.includes("Atlantis") ? `Not the document's words: “${quote}”.` : null) }]]),
};

/** A row as the export writes it, with some cells changed. */
function row(cells: Record<string, string> = {}, line = 2, base: Record<string, string> = commitmentFactCells(FACTS, DEADLINE)) {
  const all = { ...base, ...cells };
  return readCommitmentCsvRow({ line, cells: all, width: Object.keys(all).length }, Object.keys(all).length);
}
const plan = (rows: ReturnType<typeof row>[], stored: StoredCommitment[] = [STORED]) =>
  planImport(rows, new Map(stored.map((item) => [item.facts.key, item])), REFERENCES);

describe("planning an import", () => {
  it("finds no change in a row exactly as exported, countries in any order", () => {
    const result = plan([row({ countries: "us; cr" })]);
    expect(result.rows).toEqual([{ kind: "unchanged", line: 2, key: "cr-offices" }]);
    expect(summarisePlan(result.counts)).toMatch(/^No changes: 1 rows match the database\.$/);
  });

  it("lists each changed cell with its old and new value, and normalises a date to its period's first day", () => {
    const result = plan([row({ status: "COMPLETED", title: "Costa Rica extends its offices", deadline_date: "2026-06-15",
      status_reason: "All offices opened.", evidence_urls: "none" })]);
    expect(result.rows[0]).toMatchObject({
      kind: "change", version: 3,
      changes: [
        { column: "title", old: "Costa Rica keeps its offices open", new: "Costa Rica extends its offices" },
        { column: "status", old: "in_progress", new: "completed" },
        { column: "deadline_date", old: "2025-12-01", new: "2026-06-01" },
      ],
      deadline: { key: "open-until", date: "2026-06-01", precision: "MONTH", old: { date: "2025-12-01", precision: "MONTH" } },
    });
  });

  it("carries the sheet's reason and evidence, or a plain none, into the plan of a status change", () => {
    const result = plan([row({ status: "completed", status_reason: "All offices opened.",
      evidence_urls: "https://example.org/a; https://example.org/b" }), row({ key: "other", status: "discontinued",
      status_reason: "Withdrawn.", evidence_urls: " NONE " }, 3)], [STORED, { ...STORED, facts: { ...FACTS, key: "other" } }]);
    expect(result.rows.map((item) => item.kind !== "error" && "entry" in item && item.entry)).toEqual([
      { reason: "All offices opened.", evidenceUrls: ["https://example.org/a", "https://example.org/b"] },
      { reason: "Withdrawn.", evidenceUrls: [] },
    ]);
  });

  it("leaves columns that are not in the file alone", () => {
    const result = plan([readCommitmentCsvRow({ line: 2, cells: { key: "cr-offices", version: "3", status: "at_risk",
      status_reason: "Funding is late." }, width: 4 }, 4)]);
    expect(result.rows[0]).toMatchObject({ kind: "change", changes: [{ column: "status", old: "in_progress", new: "at_risk" }] });
  });

  it("shows a row older than the database as a conflict with what differs, and never plans to write it", () => {
    const result = plan([row({ version: "2", title: "An old title" })]);
    expect(result.rows[0]).toMatchObject({ kind: "conflict", fileVersion: 2, version: 3,
      changes: [{ column: "title", old: FACTS.title, new: "An old title" }] });
    expect(result.counts).toMatchObject({ conflict: 1, change: 0 });
  });

  it.each([
    [{ status: "done" }, "status", /Unknown status "done": use no_information, .* or discontinued\./],
    [{ countries: "CR;XX" }, "countries", /Unknown country code XX\./],
    [{ countries: "CR;Peru" }, "countries", /"Peru" is not an ISO 3166-1 alpha-2 country code/],
    [{ lead_country: "PE" }, "lead_country", /PE must also be listed in countries/],
    [{ lead_country: "", collective_actor: "" }, "lead_country", /Name the lead country/],
    [{ deadline_date: "12/1/2025" }, "deadline_date", /could be January 12 or December 1, 2025: write it YYYY-MM-DD/],
    [{ deadline_date: "2025-02-30" }, "deadline_date", /is not a day of the calendar/],
    [{ status: "at_risk" }, "status_reason", /^The status changes from In progress to At risk or delayed: say why in status_reason/],
    [{ status: "partly_completed", status_reason: "Half the offices opened." }, "evidence_urls",
      /^Partly completed asks for evidence: put the links in evidence_urls \(joined by ;\), or write none/],
    [{ status: "completed", status_reason: "Done.", evidence_urls: "https://example.org/a; javascript:alert(1)" },
      "evidence_urls", /must be a full web address starting with http/],
    [{ deadline_precision: "monthly" }, "deadline_precision",
      /Unknown precision "monthly": use day, month, quarter, year or fiscal_year\./],
    [{ deadline_date: "" }, "deadline_date", /does not remove them/],
    [{ deadline_key: "", deadline_date: "2026-01-01" }, "deadline_key", /Give the deadline_key/],
    [{ deadline_key: "new-one", deadline_label: "" }, "deadline_label", /new deadline of this commitment: give its deadline_label/],
    [{ version: "" }, "version", /The version is empty/],
    [{ version: "4" }, "version", /newer than the database's \(3\)/],
    [{ version: "three" }, "version", /whole number/],
    [{ title: "" }, "title", /at least 3 characters/],
    [{ type: "grant" }, "type", /Unknown type "grant"/],
    [{ pillar: "no-such-pillar" }, "pillar", /No pillar has the slug no-such-pillar/],
    [{ pillar: "other-pillar" }, "pillar", /belongs to another framework than the document la-declaration/],
    [{ source_text: "Atlantis will…" }, "source_text", /Not the document's words: “Atlantis will…”/],
    [{ parent_key: "cr-offices" }, "parent_key", /cannot be its own parent/],
    [{ parent_key: "nowhere" }, "parent_key", /No commitment has the key nowhere/],
  ])("refuses %j with an error on its line and column", (cells, column, message) => {
    const result = plan([row(cells, 7)]);
    expect(result.rows[0]?.kind).toBe("error");
    const errors = result.rows[0]?.kind === "error" ? result.rows[0].errors : [];
    expect(errors).toContainEqual({ line: 7, column, message: expect.stringMatching(message) });
    expect(summarisePlan(result.counts)).toMatch(/Nothing is written while any row has an error/);
  });

  it("refuses a key twice, a row with too many cells, and a change to an archived commitment", () => {
    const archived = { ...STORED, facts: { ...FACTS, key: "gone" }, archived: true };
    const wide = readCommitmentCsvRow({ line: 4, cells: { key: "cr-offices", version: "3" }, width: 3 }, 2);
    const result = plan([row(), row({}, 3), wide, row({ key: "gone", title: "Changed" }, 5)], [STORED, archived]);
    expect(result.rows.map((item) => item.kind)).toEqual(["unchanged", "error", "error", "error"]);
    expect(JSON.stringify(result.rows)).toMatch(/also on line 2/);
    expect(JSON.stringify(result.rows)).toMatch(/This row has 3 cells where the header has 2/);
    expect(JSON.stringify(result.rows)).toMatch(/gone is archived/);
  });

  it("adds a commitment with its deadline, and says what a new one lacks", () => {
    const fresh = row({ key: "pe-new-office", version: "", title: "Peru opens an office", lead_country: "PE", countries: "PE",
      status_reason: "Announced with the declaration.",
      deadline_key: "opens", deadline_label: "Opens by", deadline_date: "2026-01-01", deadline_precision: "quarter" });
    const result = plan([fresh, row({ key: "Bad Key", version: "" }, 3), row({ key: "pe-other", declaration: "" }, 4)]);
    expect(result.rows[0]).toMatchObject({ kind: "create", key: "pe-new-office",
      deadline: { key: "opens", kind: "DEADLINE", date: "2026-01-01", precision: "QUARTER", old: null } });
    expect(JSON.stringify(result.rows[1])).toMatch(/cannot be the key of a new commitment: Use lower-case letters/);
    expect(JSON.stringify(result.rows[2])).toMatch(/A new commitment \(pe-other\) needs its declaration/);
  });

  it("checks the quote of a new commitment against its document, and leaves an unchanged quote as it was", () => {
    const fresh = row({ key: "pe-atlantis", version: "", title: "Peru opens an office", lead_country: "PE", countries: "PE",
      source_text: "Atlantis opens an office." });
    const created = plan([fresh]);
    expect(created.rows[0]?.kind).toBe("error");
    expect(created.rows[0]?.kind === "error" && created.rows[0].errors).toContainEqual({ line: 2, column: "source_text",
      message: "Not the document's words: “Atlantis opens an office.”." });
    const stored = { ...STORED, facts: { ...FACTS, sourceText: "Atlantis (seeded before texts were kept)" } };
    expect(plan([row({}, 2, commitmentFactCells(stored.facts, DEADLINE))], [stored]).rows[0]?.kind).toBe("unchanged");
  });

  it("keeps sub-commitments one level deep, judged after the whole file", () => {
    const parent: StoredCommitment = { facts: { ...FACTS, key: "parent" }, deadlines: [], archived: false, childKeys: ["child"] };
    const child: StoredCommitment = { facts: { ...FACTS, key: "child", parentKey: "parent" }, deadlines: [], archived: false,
      childKeys: [] };
    const stored = [STORED, parent, child];
    const base = (facts: CommitmentFacts) => commitmentFactCells(facts, null);
    const underChild = plan([row({ parent_key: "child" })], stored);
    expect(JSON.stringify(underChild.rows[0])).toMatch(/child is itself part of parent/);
    const parentMoves = plan([row({ parent_key: "cr-offices" }, 2, base(parent.facts))], stored);
    expect(JSON.stringify(parentMoves.rows[0])).toMatch(/parent has sub-commitments of its own \(child\)/);
    const childLeavesFirst = plan([row({ parent_key: "" }, 2, base(child.facts)),
      row({ parent_key: "cr-offices" }, 3, base(parent.facts))], stored);
    expect(childLeavesFirst.rows.map((item) => item.kind)).toEqual(["change", "change"]);
  });
});
