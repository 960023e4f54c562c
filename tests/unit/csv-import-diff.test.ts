import { describe, expect, it } from "vitest";
import { commitmentFactCells, type CommitmentFacts, type DeadlineFacts } from "@/lib/domain/commitment-csv-facts";
import { pageOfPlan, planImport, PREVIEW_PAGE_ROWS, summarisePlan, type ImportReferences, type StoredCommitment } from "@/lib/domain/csv-import-diff";
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

describe("a new commitment in the file", () => {
  const fresh = (cells: Record<string, string> = {}, line = 2) => row({ key: "pe-new-office", version: "", parent_key: "",
    title: "Peru opens an office", lead_country: "PE", countries: "PE", status: "in_progress",
    status_reason: "Announced with the declaration.", deadline_key: "", deadline_kind: "", deadline_label: "",
    deadline_date: "", deadline_precision: "", ...cells }, line);

  it("is planned with every field it will have and every cell shown as new, its status entry with its reason", () => {
    const result = plan([fresh()]);
    expect(result.rows[0]).toEqual({ kind: "create", line: 2, key: "pe-new-office",
      next: { ...FACTS, key: "pe-new-office", version: 1, title: "Peru opens an office", leadCountry: "PE", countries: ["PE"] },
      deadline: null,
      changes: [
        { column: "pillar", old: "", new: "lawful-pathways" },
        { column: "title", old: "", new: "Peru opens an office" },
        { column: "description", old: "", new: FACTS.description },
        { column: "source_text", old: "", new: FACTS.sourceText },
        { column: "source_section", old: "", new: FACTS.sourceSection },
        { column: "type", old: "", new: "program" },
        { column: "status", old: "", new: "in_progress" },
        { column: "lead_country", old: "", new: "PE" },
        { column: "countries", old: "", new: "PE" },
      ],
      entry: { reason: "Announced with the declaration.", evidenceUrls: [] } });
    expect(result.counts).toEqual({ create: 1, change: 0, unchanged: 0, conflict: 0, error: 0 });
  });

  it("counts its status as a change from no information, which needs a reason", () => {
    const result = plan([fresh({ status_reason: "" })]);
    expect(result.rows[0]).toMatchObject({ kind: "error", errors: [{ line: 2, column: "status_reason",
      message: "The status changes from No information to In progress: say why in status_reason; readers see the " +
        "reason in the public history." }] });
    expect(plan([fresh({ status: "no_information", status_reason: "" })]).rows[0])
      .toMatchObject({ kind: "create", entry: { reason: null, evidenceUrls: [] } });
  });

  it("names each required column it lacks, and a declaration that does not exist", () => {
    const bare = readCommitmentCsvRow({ line: 3, cells: { key: "pe-bare", version: "", lead_country: "PE", countries: "PE" },
      width: 4 }, 4);
    const errors = plan([bare]).rows[0];
    expect(errors?.kind === "error" && errors.errors.map((error) => [error.column, error.message])).toEqual([
      ["declaration", "A new commitment (pe-bare) needs its declaration."],
      ["title", "A new commitment (pe-bare) needs its title."],
      ["description", "A new commitment (pe-bare) needs its description."],
      ["source_text", "A new commitment (pe-bare) needs its source_text."],
      ["type", "A new commitment (pe-bare) needs its type."],
    ]);
    expect(plan([fresh({ declaration: "nope", pillar: "" })]).rows[0]).toMatchObject({ kind: "error",
      errors: [{ line: 2, column: "declaration", message: "No declaration has the key nope." }] });
  });

  it("adds a new deadline of the kind the file names, dated at its period's first day", () => {
    const result = plan([fresh({ deadline_key: "report", deadline_kind: "milestone", deadline_label: "First report",
      deadline_date: "2026-05-20", deadline_precision: "month" })]);
    expect(result.rows[0]).toMatchObject({ kind: "create", deadline: { key: "report", kind: "MILESTONE", label: "First report",
      date: "2026-05-01", precision: "MONTH", old: null } });
  });
});

describe("a changed commitment's cells", () => {
  it("keeps the stored precision when the file gives only a new date", () => {
    const result = plan([readCommitmentCsvRow({ line: 2, cells: { key: "cr-offices", version: "3",
      deadline_key: "open-until", deadline_date: "2026-03-17" }, width: 4 }, 4)]);
    expect(result.rows[0]).toMatchObject({ kind: "change", changes: [{ column: "deadline_date", old: "2025-12-01",
      new: "2026-03-01" }], deadline: { date: "2026-03-01", precision: "MONTH", old: { date: "2025-12-01", precision: "MONTH" } } });
  });

  it("asks for the precision of a new deadline given only a date", () => {
    const result = plan([readCommitmentCsvRow({ line: 2, cells: { key: "cr-offices", version: "3",
      deadline_key: "fresh", deadline_label: "New one", deadline_date: "2026-03-17" }, width: 5 }, 5)]);
    expect(result.rows[0]).toMatchObject({ kind: "error", errors: [{ line: 2, column: "deadline_precision",
      message: "Say how precise the date is: day, month, quarter, year or fiscal_year." }] });
  });

  it("says why a version or a country is refused, word for word", () => {
    const messagesOf = (cells: Record<string, string>) => {
      const result = plan([row(cells)]).rows[0];
      return result?.kind === "error" ? result.errors.map((error) => error.message) : [];
    };
    expect(messagesOf({ version: "4" })).toEqual(["Version 4 is newer than the database's (3): was this file exported " +
      "from another database?"]);
    expect(messagesOf({ version: "" })).toEqual(["The version is empty: keep the version of the export, which tells " +
      "whether someone changed the commitment since."]);
    expect(messagesOf({ lead_country: "ZZ", countries: "CR" })).toEqual(["Unknown country code ZZ."]);
    expect(messagesOf({ lead_country: "PE" })).toEqual(["The lead country PE must also be listed in countries."]);
    expect(messagesOf({ lead_country: "", collective_actor: "" })).toEqual(["Name the lead country, or in " +
      "collective_actor who acts together."]);
    expect(messagesOf({ lead_country: "", collective_actor: "The signatories" })).toEqual([]);
  });

  it("plans a conflicting row as a conflict even when it would break a rule, and writes none of it", () => {
    const result = plan([row({ version: "2", status: "at_risk" })]);
    expect(result.rows[0]).toMatchObject({ kind: "conflict", fileVersion: 2, version: 3 });
  });

  it("refuses a second row with the same key, naming the line of the first", () => {
    const result = plan([row({}, 2), row({}, 9)]);
    expect(result.rows[1]).toMatchObject({ kind: "error", errors: [{ line: 9, column: "key",
      message: "The key cr-offices is also on line 2: each commitment may appear once." }] });
  });

  it("refuses a change to an archived commitment, saying how to restore it", () => {
    const archived = { ...STORED, archived: true };
    expect(plan([row({ title: "Changed title" })], [archived]).rows[0]).toEqual({ kind: "error", line: 2, key: "cr-offices",
      errors: [{ line: 2, column: null, message: "cr-offices is archived: restore it on its page before importing changes to it." }] });
    expect(plan([row()], [archived]).rows[0]).toMatchObject({ kind: "unchanged" });
  });
});

describe("the preview's summary", () => {
  it("says what will be added, changed and left alone, and names the conflicts", () => {
    expect(summarisePlan({ create: 1, change: 2, unchanged: 3, conflict: 0, error: 0 }))
      .toBe("1 to add, 2 to change, 3 left alone. Nothing is written until you apply the changes.");
    expect(summarisePlan({ create: 0, change: 1, unchanged: 0, conflict: 2, error: 0 }))
      .toBe("0 to add, 1 to change, 0 left alone, 2 in conflict (changed in the database since the export; not applied). " +
        "Nothing is written until you apply the changes.");
    expect(summarisePlan({ create: 1, change: 0, unchanged: 0, conflict: 0, error: 0 })).toMatch(/^1 to add,/);
  });

  it("says when nothing changes, and which rows are too old to apply", () => {
    expect(summarisePlan({ create: 0, change: 0, unchanged: 4, conflict: 1, error: 0 }))
      .toBe("No changes: 4 rows match the database, 1 rows are older than the database and will not be applied.");
    expect(summarisePlan({ create: 0, change: 0, unchanged: 4, conflict: 0, error: 0 })).toBe("No changes: 4 rows match the database.");
  });

  it("counts the rows with errors out of all rows", () => {
    expect(summarisePlan({ create: 1, change: 1, unchanged: 1, conflict: 1, error: 2 }))
      .toBe("2 of 6 rows have errors: correct them in the file and preview it again. Nothing is written while any row has an error.");
  });
});

describe("the preview's pages", () => {
  /** Stored commitments k0…k(n-1), and rows that change the titles of `changed` of them and leave the rest alone. */
  const many = (n: number, changed: number) => {
    const stored = Array.from({ length: n }, (_, i) => ({ ...STORED, facts: { ...FACTS, key: `k${i}` } }));
    const rows = stored.map((item, i) => row(i < changed ? { key: item.facts.key, title: `New title ${i}` }
      : { key: item.facts.key }, i + 2));
    return plan(rows, stored);
  };

  it("shows errors first, then conflicts, then additions and changes in file order, leaving unchanged rows out", () => {
    const result = plan([row({ title: "Changed" }, 2), row({ key: "k-old", version: "2", title: "Old" }, 3),
      row({ key: "k-same" }, 4), row({ key: "k-bad", status: "done" }, 5),
      row({ key: "pe-new", version: "", status: "no_information" }, 6)],
    [STORED, { ...STORED, facts: { ...FACTS, key: "k-old" } }, { ...STORED, facts: { ...FACTS, key: "k-same" } },
      { ...STORED, facts: { ...FACTS, key: "k-bad" } }]);
    const page = pageOfPlan(result, 1);
    expect(page.rows.map((shown) => [shown.kind, shown.line])).toEqual([["error", 5], ["conflict", 3], ["change", 2], ["create", 6]]);
    expect(page).toMatchObject({ page: 1, pages: 1, rowCount: 4, first: 1 });
    // The preview gets what a row does, not the values the writes need.
    expect(Object.keys(page.rows[2]!).sort()).toEqual(["changes", "key", "kind", "line"]);
    expect(page.rows[3]).toEqual({ kind: "create", line: 6, key: "pe-new", changes: expect.any(Array) });
  });

  it("splits the rows into pages of 50, and keeps a page asked for out of range within them", () => {
    expect(PREVIEW_PAGE_ROWS).toBe(50);
    const result = many(103, 101);
    const second = pageOfPlan(result, 2);
    expect(second).toMatchObject({ page: 2, pages: 3, rowCount: 101, first: 51 });
    expect(second.rows.map((shown) => shown.line)).toEqual(Array.from({ length: 50 }, (_, i) => i + 52));
    expect(pageOfPlan(result, 3).rows.map((shown) => shown.line)).toEqual([102]);
    expect(pageOfPlan(result, 9)).toMatchObject({ page: 3, first: 101 });
    expect(pageOfPlan(result, 0)).toMatchObject({ page: 1, first: 1 });
    expect(pageOfPlan(result, -4).rows[0]?.line).toBe(2);
  });

  it("has one empty page when nothing changes, and one full page at exactly 50", () => {
    expect(pageOfPlan(many(3, 0), 1)).toEqual({ rows: [], page: 1, pages: 1, rowCount: 0, first: 1 });
    expect(pageOfPlan(many(50, 50), 2)).toMatchObject({ page: 1, pages: 1, rowCount: 50 });
    expect(pageOfPlan(many(51, 51), 2)).toMatchObject({ page: 2, pages: 2, rowCount: 51, first: 51 });
  });
});

describe("rows the mutation run found untested", () => {
  /** A row holding only the columns given, as a file with fewer columns than the export has. */
  const only = (cells: Record<string, string>, line = 2) =>
    readCommitmentCsvRow({ line, cells, width: Object.keys(cells).length }, Object.keys(cells).length);
  const errorsOf = (result: ReturnType<typeof plan>, index = 0) => {
    const shown = result.rows[index];
    return shown?.kind === "error" ? shown.errors.map((error) => [error.column, error.message]) : [];
  };
  const newRow = { key: "pe-new-office", version: "", declaration: "la-declaration", title: "Peru opens an office",
    description: "An office in Lima.", source_text: "Costa Rica will…", type: "program", lead_country: "PE", countries: "PE" };

  it("refuses a row without a key for that alone, and two such rows each on their own", () => {
    const keyless = (line: number) => row({ key: "", version: "", status: "no_information" }, line);
    const result = plan([keyless(2), keyless(3)]);
    expect(errorsOf(result, 0)).toEqual([["key", "Every row needs the key of its commitment."]]);
    expect(errorsOf(result, 1)).toEqual([["key", "Every row needs the key of its commitment."]]);
  });

  it("names the column of a new key's problem and of an unknown lead country", () => {
    expect(errorsOf(plan([row({ key: "Bad Key", version: "" })]))[0]?.[0]).toBe("key");
    expect(errorsOf(plan([row({ lead_country: "ZZ", countries: "CR" })]))).toEqual([["lead_country", "Unknown country code ZZ."]]);
  });

  it("plans a new commitment from a file without the optional columns, with no section and no countries", () => {
    const result = plan([only({ ...newRow, lead_country: "", countries: "", collective_actor: "The signatories" })]);
    expect(result.rows[0]).toMatchObject({ kind: "create", next: { sourceSection: "", countries: [], leadCountry: null,
      collectiveActor: "The signatories", status: "NO_INFORMATION", parentKey: null, pillar: null } });
    const withoutCountries = { ...newRow } as Record<string, string>;
    delete withoutCountries.countries;
    delete withoutCountries.lead_country;
    expect(plan([only({ ...withoutCountries, collective_actor: "The signatories" })]).rows[0])
      .toMatchObject({ kind: "create", next: { countries: [], sourceSection: "" } });
  });

  it("plans a new commitment that carries a version copied from another row as an addition", () => {
    expect(plan([only({ ...newRow, version: "2" })]).rows[0]).toMatchObject({ kind: "create", key: "pe-new-office" });
  });

  it("never asks the document about a quote a new row does not give, and tells the missing column once", () => {
    const asked: string[] = [];
    const references: ImportReferences = { ...REFERENCES, declarations: new Map([["la-declaration", { framework: "la-framework",
      quoteProblem: (quote: string) => { asked.push(quote); return null; } }]]) };
    const withoutQuote = { ...newRow } as Record<string, string>;
    delete withoutQuote.source_text;
    const result = planImport([only(withoutQuote)], new Map(), references);
    expect(errorsOf(result)).toEqual([["source_text", "A new commitment (pe-new-office) needs its source_text."]]);
    expect(asked).toEqual([]);
  });

  it("tells an unreadable deadline date once, without the rules between the deadline cells repeating it", () => {
    expect(errorsOf(plan([row({ deadline_date: "12/1/2025" })])).map(([column]) => column)).toEqual(["deadline_date"]);
  });

  it("still checks the deadline cells of a row whose other cells have errors", () => {
    expect(errorsOf(plan([row({ status: "done", deadline_key: "", deadline_date: "2026-01-01" })])).map(([column]) => column))
      .toEqual(["status", "deadline_key"]);
  });

  it("tells every problem of a row at once: an empty version and a status change without a reason", () => {
    expect(errorsOf(plan([row({ version: "", status: "at_risk" })])).map(([column]) => column)).toEqual(["version", "status_reason"]);
  });

  it("asks for a deadline_key when only a precision is given", () => {
    expect(errorsOf(plan([row({ deadline_key: "", deadline_date: "", deadline_precision: "year" })])))
      .toEqual([["deadline_key", "Give the deadline_key of the deadline these dates belong to."]]);
  });

  it("leaves a deadline alone when the file names it without a date or a precision, and wants a date with a precision", () => {
    expect(plan([only({ key: "cr-offices", version: "3", deadline_key: "open-until" })]).rows[0]).toMatchObject({ kind: "unchanged" });
    expect(errorsOf(plan([only({ key: "cr-offices", version: "3", deadline_key: "open-until", deadline_precision: "year" })])))
      .toEqual([["deadline_date", "The date of the deadline open-until is empty: an import moves deadlines but does not remove them."]]);
  });

  it("plans no deadline move when a row changes other cells and keeps the deadline's date and precision", () => {
    expect(plan([row({ title: "Costa Rica extends its offices" })]).rows[0]).toMatchObject({ kind: "change", deadline: null });
  });

  it("plans a change of precision alone, the date staying on the same first day", () => {
    expect(plan([row({ deadline_precision: "day" })]).rows[0]).toMatchObject({ kind: "change",
      changes: [{ column: "deadline_precision", old: "month", new: "day" }],
      deadline: { date: "2025-12-01", precision: "DAY", old: { date: "2025-12-01", precision: "MONTH" } } });
  });

  it("adds a new deadline as a deadline when the file has no deadline_kind column", () => {
    const result = plan([only({ key: "cr-offices", version: "3", deadline_key: "fresh", deadline_label: "New one",
      deadline_date: "2026-03-17", deadline_precision: "day" })]);
    expect(result.rows[0]).toMatchObject({ kind: "change", deadline: { key: "fresh", kind: "DEADLINE", old: null } });
  });

  it("shows the move of the deadline the row names, not of another of the commitment's deadlines", () => {
    const second: DeadlineFacts = { key: "report-due", kind: "MILESTONE", label: "Report", date: "2026-01-01", precision: "YEAR" };
    const stored = { ...STORED, deadlines: [DEADLINE, second] };
    const result = plan([row({ deadline_key: "report-due", deadline_kind: "milestone", deadline_label: "Report",
      deadline_date: "2027-01-01", deadline_precision: "year" })], [stored]);
    expect(result.rows[0]).toMatchObject({ kind: "change",
      changes: [{ column: "deadline_date", old: "2026-01-01", new: "2027-01-01" }] });
  });

  describe("sub-commitments", () => {
    const parent: StoredCommitment = { facts: { ...FACTS, key: "parent" }, deadlines: [], archived: false, childKeys: ["child"] };
    const child: StoredCommitment = { facts: { ...FACTS, key: "child", parentKey: "parent" }, deadlines: [], archived: false,
      childKeys: [] };
    const other: StoredCommitment = { facts: { ...FACTS, key: "other" }, deadlines: [], archived: false, childKeys: [] };
    const cellsOf = (facts: CommitmentFacts) => commitmentFactCells(facts, null);

    it("adds a new commitment under a stored parent", () => {
      const result = plan([only({ ...newRow, parent_key: "parent" })], [parent, child]);
      expect(result.rows[0]).toMatchObject({ kind: "create", next: { parentKey: "parent" } });
    });

    it("refuses only the row that breaks the rule, not an unchanged child of the commitment it moves", () => {
      const result = plan([row({}, 2, cellsOf(child.facts)), row({ parent_key: "other" }, 3, cellsOf(parent.facts))],
        [parent, child, other]);
      expect(result.rows[0]).toMatchObject({ kind: "unchanged" });
      expect(errorsOf(result, 1)).toEqual([["parent_key", "parent has sub-commitments of its own (child), so it cannot become one."]]);
    });

    it("names every sub-commitment, stored or added by the file, of a commitment the file moves under another", () => {
      const result = plan([row({ parent_key: "other" }, 2, cellsOf(parent.facts)), row({}, 3, cellsOf(child.facts)),
        only({ ...newRow, parent_key: "parent" }, 4)], [parent, child, other]);
      expect(errorsOf(result, 0)).toEqual([["parent_key",
        "parent has sub-commitments of its own (child, pe-new-office), so it cannot become one."]]);
    });

    it("judges a parent by the database when the row that would move it is older than the database", () => {
      const x: StoredCommitment = { facts: { ...FACTS, key: "x" }, deadlines: [], archived: false, childKeys: [] };
      const result = plan([row({ version: "2", parent_key: "x" }, 2, cellsOf(other.facts)),
        row({ parent_key: "other" }, 3, cellsOf(x.facts))], [other, x]);
      expect(result.rows[1]).toMatchObject({ kind: "change", changes: [{ column: "parent_key", old: "", new: "other" }] });
    });
    it("judges the other rows against a row with an error of its own as the file writes it", () => {
      const x: StoredCommitment = { facts: { ...FACTS, key: "x" }, deadlines: [], archived: false, childKeys: [] };
      const result = plan([row({ version: "", parent_key: "x" }, 2, cellsOf(other.facts)),
        row({ parent_key: "other" }, 3, cellsOf(x.facts))], [other, x]);
      expect(errorsOf(result, 1)).toEqual([["parent_key", "Sub-commitments go one level deep: other is itself part of x."]]);
    });
  });

  it("lists rows of the same kind in file order on the preview's page", () => {
    const stored = ["a", "b", "c"].map((key) => ({ ...STORED, facts: { ...FACTS, key } }));
    const result = plan([row({ key: "a", status: "done" }, 2), row({ key: "b", title: "Changed b" }, 3),
      row({ key: "c", status: "done" }, 4), row({ key: "d", version: "", status: "no_information" }, 5)], stored);
    expect(pageOfPlan(result, 1).rows.map((shown) => [shown.kind, shown.line]))
      .toEqual([["error", 2], ["error", 4], ["change", 3], ["create", 5]]);
  });

  it("says what will be added and changed when the file does both", () => {
    expect(summarisePlan({ create: 1, change: 1, unchanged: 0, conflict: 0, error: 0 }))
      .toBe("1 to add, 1 to change, 0 left alone. Nothing is written until you apply the changes.");
  });
});
