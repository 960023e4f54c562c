import { describe, expect, it } from "vitest";
import { commitmentFactCells, orderCountries, type CommitmentFacts } from "@/lib/domain/commitment-csv-facts";

// The cells are what an editor sees in commitments.csv and types back: the import round trip alone cannot catch a
// cell written wrongly in a way the reader undoes, so the written text is checked here as a spreadsheet shows it.
const facts = (changes: Partial<CommitmentFacts> = {}): CommitmentFacts => ({
  key: "cr-asylum-cases", version: 3, declaration: "la-declaration", parentKey: "cr-parent", pillar: "protection",
  title: "Costa Rica clears its asylum backlog", description: "Cases decided within a year.",
  sourceText: "Costa Rica will clear its asylum backlog.", sourceSection: "Protection",
  type: "POLICY_OR_LAW", status: "IN_PROGRESS", leadCountry: "CR", countries: ["PA", "CR", "GT"],
  collectiveActor: "Central American states", ...changes,
});

describe("commitmentFactCells", () => {
  it("writes every editable column of a commitment with a deadline as the export does", () => {
    expect(commitmentFactCells(facts(), { key: "backlog-cleared", kind: "MILESTONE", label: "Backlog cleared",
      date: "2025-12-31", precision: "FISCAL_YEAR" })).toEqual({
      key: "cr-asylum-cases", version: "3", parent_key: "cr-parent", declaration: "la-declaration", pillar: "protection",
      title: "Costa Rica clears its asylum backlog", description: "Cases decided within a year.",
      source_text: "Costa Rica will clear its asylum backlog.", source_section: "Protection",
      type: "policy_or_law", status: "in_progress", lead_country: "CR", countries: "CR;GT;PA",
      collective_actor: "Central American states", deadline_key: "backlog-cleared", deadline_kind: "milestone",
      deadline_label: "Backlog cleared", deadline_date: "2025-12-31", deadline_precision: "fiscal_year",
    });
  });

  it("leaves a missing parent, pillar, lead, group and deadline as empty cells, never as \"null\"", () => {
    const cells = commitmentFactCells(facts({ parentKey: null, pillar: null, leadCountry: null, collectiveActor: null }), null);
    for (const column of ["parent_key", "pillar", "lead_country", "collective_actor", "deadline_key", "deadline_kind",
      "deadline_label", "deadline_date", "deadline_precision"]) expect(cells[column], column).toBe("");
    expect(cells.countries).toBe("CR;GT;PA");
  });
});

describe("orderCountries", () => {
  it("puts the lead first and the partners in alphabetical order", () => {
    expect(orderCountries(["PA", "MX", "CR", "GT"], "MX")).toEqual(["MX", "CR", "GT", "PA"]);
  });

  it("keeps the partners in alphabetical order when there is no lead", () => {
    expect(orderCountries(["PA", "MX", "CR"], null)).toEqual(["CR", "MX", "PA"]);
  });
});
