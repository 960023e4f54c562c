import { describe, expect, it } from "vitest";
import { filtersToQuery, parseCommitmentFilters } from "@/lib/validation/commitment-filters";

describe("parseCommitmentFilters", () => {
  it("reads every filter from the URL", () => {
    const { filters, ignored } = parseCommitmentFilters({
      q: " safe mobility ", pillar: "lawful-pathways", country: "cr", status: "IN_PROGRESS", deadline: "overdue",
      updatedSince: "2026-01-01", sort: "updated", page: "2",
    });
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      q: "safe mobility", pillar: "lawful-pathways", country: "CR", status: "IN_PROGRESS", deadline: "overdue",
      updatedSince: "2026-01-01", sort: "updated", page: 2,
    });
  });

  it("drops values that do not fit and says which", () => {
    const { filters, ignored } = parseCommitmentFilters({ status: "DONE", page: "-3", country: "../etc", sort: "x" });
    expect(filters).toEqual({ sort: "source", page: 1 });
    expect(ignored).toEqual(['country "../etc"', 'status "DONE"', 'sort "x"', 'page "-3"']);
  });

  it("writes a filtered view back as a short query string", () => {
    expect(filtersToQuery({ q: "visa", sort: "source", page: 1 })).toBe("?q=visa");
    expect(filtersToQuery({ q: "visa", sort: "source", page: 1 }, { page: 3 })).toBe("?q=visa&page=3");
    expect(filtersToQuery({ sort: "source", page: 1 })).toBe("");
  });
});
