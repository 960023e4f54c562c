import { describe, expect, it } from "vitest";
import { FILTER_PARAMETERS, parseApiCommitmentQuery } from "@/lib/validation/api-commitment-query";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

const CHOICES = { pillars: [{ slug: "lawful-pathways" }], countries: [{ code: "CR" }, { code: "UY" }],
  sources: [{ key: "la-declaration-2024-ministerial" }], frameworks: [{ key: "test-accord" }] };
const parse = (query: string) => parseApiCommitmentQuery(new URLSearchParams(query), CHOICES);

describe("parseApiCommitmentQuery", () => {
  it("reads the public filters as the pages do", () => {
    expect(parse("country=cr&status=IN_PROGRESS&q=visa&page=2")).toEqual({
      ok: true, filters: { country: "CR", status: "IN_PROGRESS", q: "visa", page: 2, sort: "source" },
    });
    expect(parse("")).toEqual({ ok: true, filters: { sort: "source", page: 1 } });
    expect(parse("status=&q=")).toEqual({ ok: true, filters: { sort: "source", page: 1 } });
  });

  it("takes a status as the API writes it", () => {
    expect(parse("status=in_progress")).toEqual({ ok: true, filters: { status: "IN_PROGRESS", page: 1, sort: "source" } });
  });

  it("refuses a value that does not exist, naming the parameter and quoting the value as given", () => {
    expect(parse("deadline=soon")).toEqual({ ok: false,
      error: 'Bad query parameter: "deadline" cannot be "soon" (not a deadline window: overdue, 30, 90, 365, none).',
      badParameters: ["deadline"] });
    expect(parse("status=done")).toMatchObject({ ok: false, error: expect.stringContaining('"status" cannot be "done"') });
    expect(parse("page=-3&country=../etc&deadline=soon&updatedSince=yesterday")).toMatchObject({
      ok: false, badParameters: ["country", "deadline", "updatedSince", "page"],
    });
  });

  it.each(["2025-13-45", "2025-00-10", "0000-01-01", "2025-02-30"])("refuses updatedSince=%s by name", (value) => {
    expect(parse(`updatedSince=${value}`)).toEqual({ ok: false, badParameters: ["updatedSince"],
      error: `Bad query parameter: "updatedSince" cannot be "${value}" (not a day of the calendar written YYYY-MM-DD).` });
  });

  it("takes the key of a source document, and refuses one no document has, naming it", () => {
    expect(parse("source=la-declaration-2024-ministerial")).toEqual({ ok: true,
      filters: { source: "la-declaration-2024-ministerial", page: 1, sort: "source" } });
    expect(parse("source=la-declaration-2025")).toEqual({ ok: false, badParameters: ["source"],
      error: 'Bad query parameter: "source" cannot be "la-declaration-2025" (no source document has this key).' });
    expect(parse("source=../etc")).toMatchObject({ ok: false, badParameters: ["source"],
      error: expect.stringContaining("not a source document's key") });
  });

  it("refuses a pillar or a country nobody has, naming the value", () => {
    expect(parse("pillar=lawful-pathway")).toEqual({ ok: false, badParameters: ["pillar"],
      error: 'Bad query parameter: "pillar" cannot be "lawful-pathway" (no pillar has this name).' });
    expect(parse("country=ZZ")).toEqual({ ok: false, badParameters: ["country"],
      error: 'Bad query parameter: "country" cannot be "ZZ" (no commitment names this country).' });
  });

  it("refuses a NUL in the search rather than sending it to the database", () => {
    expect(parse("q=%00")).toMatchObject({ ok: false, badParameters: ["q"] });
  });

  it("refuses a parameter the list does not take, and one given twice", () => {
    const unknown = parse("contry=CR");
    expect(unknown).toMatchObject({ ok: false, badParameters: ["contry"] });
    expect(unknown.ok ? "" : unknown.error).toContain('"contry" is not a parameter of this list (it takes q, pillar,');
    expect(parse("status=IN_PROGRESS&status=COMPLETED")).toMatchObject({
      ok: false, error: 'Bad query parameter: "status" is given 2 times.', badParameters: ["status"],
    });
  });

  it("clips a long value in the message", () => {
    expect(parse(`q=${"x".repeat(300)}`)).toMatchObject({ error: expect.stringContaining(`"q" cannot be "${"x".repeat(40)}…"`) });
  });

  it("knows only parameters that parseCommitmentFilters reads", () => {
    // A value no filter accepts: each listed parameter must be reported as ignored, or the list has drifted.
    const unacceptable = "\u0000".repeat(201);
    for (const name of FILTER_PARAMETERS) {
      expect(parseCommitmentFilters({ [name]: unacceptable }, CHOICES).ignored, name).toHaveLength(1);
    }
  });
});
