import { describe, expect, it } from "vitest";
import { FILTER_PARAMETERS, parseApiCommitmentQuery } from "@/lib/validation/api-commitment-query";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";

const parse = (query: string) => parseApiCommitmentQuery(new URLSearchParams(query));

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
    expect(parse("status=DONE")).toEqual({ ok: false, error: 'Bad query parameter: "status" cannot be "DONE".',
      badParameters: ["status"] });
    expect(parse("status=done")).toMatchObject({ ok: false, error: 'Bad query parameter: "status" cannot be "done".' });
    expect(parse("page=-3&country=../etc&deadline=soon&updatedSince=yesterday")).toMatchObject({
      ok: false, badParameters: ["page", "country", "deadline", "updatedSince"],
    });
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
    expect(parse(`q=${"x".repeat(300)}`)).toMatchObject({ error: `Bad query parameter: "q" cannot be "${"x".repeat(40)}…".` });
  });

  it("knows only parameters that parseCommitmentFilters reads", () => {
    // A value no filter accepts: each listed parameter must be reported as ignored, or the list has drifted.
    const unacceptable = "\u0000".repeat(201);
    for (const name of FILTER_PARAMETERS) {
      expect(parseCommitmentFilters({ [name]: unacceptable }).ignored, name).toHaveLength(1);
    }
  });
});
