import { describe, expect, it } from "vitest";
import { filtersToQuery, parseCommitmentFilters } from "@/lib/validation/commitment-filters";

const CHOICES = { pillars: [{ slug: "lawful-pathways" }, { slug: "stabilization" }], countries: [{ code: "CR" }, { code: "US" }],
  sources: [{ key: "la-declaration-2024-ministerial" }], frameworks: [{ key: "test-accord" }] };

describe("parseCommitmentFilters", () => {
  it("reads every filter from the URL", () => {
    const { filters, ignored } = parseCommitmentFilters({
      q: " safe mobility ", pillar: "lawful-pathways", country: "cr", status: "IN_PROGRESS", deadline: "overdue",
      updatedSince: "2026-01-01", sort: "updated", page: "2",
    }, CHOICES);
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      q: "safe mobility", pillar: "lawful-pathways", country: "CR", status: "IN_PROGRESS", deadline: "overdue",
      updatedSince: "2026-01-01", sort: "updated", page: 2,
    });
  });

  it("drops values that do not fit and says which, and why", () => {
    const { filters, ignored } = parseCommitmentFilters({ status: "DONE", page: "-3", country: "../etc", sort: "x" }, CHOICES);
    expect(filters).toEqual({ sort: "source", page: 1 });
    expect(ignored).toEqual([
      'country "../etc" (not a two-letter country code)',
      'status "DONE" (not a status: NO_INFORMATION, NOT_STARTED, IN_PROGRESS, AT_RISK, PARTLY_COMPLETED, COMPLETED, DISCONTINUED)',
      'sort "x" (not a sort: source, title, status, updated)',
      'page "-3" (not a page number from 1)',
    ]);
  });

  it.each(["2025-13-45", "2025-00-10", "0000-01-01", "2025-02-30", "2025-2-3", "20250101"])(
    "takes only days of the calendar as updatedSince: %s is ignored", (value) => {
      const { filters, ignored } = parseCommitmentFilters({ updatedSince: value }, CHOICES);
      expect(filters.updatedSince).toBeUndefined();
      expect(ignored).toEqual([`updated since "${value}" (not a day of the calendar written YYYY-MM-DD)`]);
    });

  it("says that a pillar or country nobody has is ignored, rather than filtering everything away", () => {
    const { filters, ignored } = parseCommitmentFilters({ pillar: "lawful-pathway", country: "ZZ" }, CHOICES);
    expect(filters).toEqual({ sort: "source", page: 1 });
    expect(ignored).toEqual(['pillar "lawful-pathway" (no pillar has this name)',
      'country "ZZ" (no commitment names this country)']);
  });

  it("takes the framework-wide group as a pillar, though no pillar row has its slug", () => {
    const { filters, ignored } = parseCommitmentFilters({ pillar: "framework" }, CHOICES);
    expect(filters.pillar).toBe("framework");
    expect(ignored).toEqual([]);
  });

  it("ignores a search holding a control character, and quotes it without the character", () => {
    const { filters, ignored } = parseCommitmentFilters({ q: "visa\u0000" }, CHOICES);
    expect(filters.q).toBeUndefined();
    expect(ignored).toEqual(['search "visa?" (longer than 200 characters, or holding a control character)']);
    expect(parseCommitmentFilters({ q: "visa\u00e9 \u{1F600}" }, CHOICES).filters.q).toBe("visa\u00e9 \u{1F600}");
  });

  it("reads the first of a repeated parameter", () => {
    expect(parseCommitmentFilters({ status: ["AT_RISK", "DONE"] }, CHOICES).filters.status).toBe("AT_RISK");
  });

  it("writes a filtered view back as a short query string", () => {
    expect(filtersToQuery({ q: "visa", sort: "source", page: 1 })).toBe("?q=visa");
    expect(filtersToQuery({ q: "visa", sort: "source", page: 1 }, { page: 3 })).toBe("?q=visa&page=3");
    expect(filtersToQuery({ sort: "source", page: 1 })).toBe("");
  });
});

describe("filters the core mutation run found untested", () => {
  const two = { ...CHOICES, sources: [{ key: "la-2024" }, { key: "la-2025" }], frameworks: [{ key: "test-accord" }, { key: "other" }] };

  it("takes any one of several sources and frameworks, and refuses a framework that does not exist", () => {
    expect(parseCommitmentFilters({ source: "la-2025", framework: "other" }, two))
      .toMatchObject({ filters: { source: "la-2025", framework: "other" }, ignored: [] });
    const { filters, ignored } = parseCommitmentFilters({ framework: "no-such-framework" }, two);
    expect(filters.framework).toBeUndefined();
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toContain('"no-such-framework"');
  });

  it("quotes back a refused value of exactly 40 characters whole, and clips a longer one", () => {
    const forty = "x".repeat(40);
    expect(parseCommitmentFilters({ country: forty }, CHOICES).ignored[0]).toContain(`"${forty}"`);
    expect(parseCommitmentFilters({ country: `${forty}y` }, CHOICES).ignored[0]).toContain(`"${forty}…"`);
  });

  it("leaves empty values, the first page and the source order out of a link, and keeps every other value", () => {
    expect(filtersToQuery({ q: "", country: undefined, page: 1, sort: "source" })).toBe("");
    expect(filtersToQuery({ q: "source", page: 2, sort: "updated" })).toBe("?q=source&page=2&sort=updated");
    expect(filtersToQuery({ page: 1 }, { page: 3 })).toBe("?page=3");
  });
});
