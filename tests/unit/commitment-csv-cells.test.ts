import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/domain/format-number";
import { readCommitmentCsvRow } from "@/lib/validation/commitment-csv";

/** One record of commitments.csv as the reader hands it over, its width matching the header's. */
const read = (cells: Record<string, string>) =>
  readCommitmentCsvRow({ line: 4, cells, width: Object.keys(cells).length }, Object.keys(cells).length);
const messages = (cells: Record<string, string>) => read(cells).errors.map((error) => [error.column, error.message]);

describe("a cell of commitments.csv as a spreadsheet may give it back", () => {
  it("trims the key, and refuses a row without one, the column missing or blank", () => {
    expect(read({ key: " cr-offices " }).values.key).toBe("cr-offices");
    expect(messages({ title: "Costa Rica keeps its offices open" })).toEqual([["key", "Every row needs the key of its commitment."]]);
    expect(read({ title: "Costa Rica keeps its offices open" }).values.key).toBe("");
    expect(messages({ key: "   " })).toEqual([["key", "Every row needs the key of its commitment."]]);
  });

  it("says an enumeration cell of spaces is empty, not unknown", () => {
    expect(messages({ key: "k", type: "  " })).toEqual([["type", "The type is empty: use funding, program, policy_or_law, " +
      "enforcement_action, institutional or diplomatic."]]);
  });

  it("reads a cell of spaces as empty, and a country code with spaces around it", () => {
    expect(read({ key: "k", lead_country: "   ", parent_key: "  " }).values).toMatchObject({ leadCountry: null, parentKey: null });
    expect(read({ key: "k", lead_country: " cr " }).values.leadCountry).toBe("CR");
    expect(read({ key: "k", countries: " cr; pe, ;CR " }).values.countries).toEqual(["CR", "PE"]);
  });

  it("notes a date read in a spreadsheet's form, by its trimmed text, and nothing for the export's own form", () => {
    expect(read({ key: "k", deadline_date: " 31/12/2025 " })).toMatchObject({ values: { deadlineDate: "2025-12-31" },
      readings: [{ line: 4, column: "deadline_date", date: "2025-12-31", form: "day/month/year", text: "31/12/2025" }] });
    const iso = read({ key: "k", deadline_date: "2025-12-31" });
    expect(iso.values.deadlineDate).toBe("2025-12-31");
    expect(iso.readings).toEqual([]);
  });

  it("reads evidence links between stray separators, none only as the whole cell, and an empty cell as no links", () => {
    expect(read({ key: "k", evidence_urls: " https://a.org/x ;; https://b.org/y " }).values.evidence)
      .toEqual({ urls: ["https://a.org/x", "https://b.org/y"], none: false });
    expect(read({ key: "k", evidence_urls: "" }).values.evidence).toEqual({ urls: [], none: false });
    expect(read({ key: "k", evidence_urls: " None " }).values.evidence).toEqual({ urls: [], none: true });
    expect(messages({ key: "k", evidence_urls: "none yet" }).map(([column]) => column)).toContain("evidence_urls");
    expect(messages({ key: "k", evidence_urls: "really none" }).map(([column]) => column)).toContain("evidence_urls");
  });
});

describe("an amount of money", () => {
  it("is written in full below a million and in words from a million", () => {
    expect(formatMoney(999_999, "USD")).toBe("$999,999");
    expect(formatMoney(1_000_000, "USD")).toBe("$1 million");
    expect(formatMoney(500_000, "USD", "es")).toBe("500.000\u00a0US$");
  });

  it("writes another currency's own symbol in Spanish, keeping US$ for the dollar only", () => {
    expect(formatMoney(686_000_000, "EUR", "es")).toBe("€686 millones");
    expect(formatMoney(686_000_000, "EUR")).toBe("€686 million");
  });
});
