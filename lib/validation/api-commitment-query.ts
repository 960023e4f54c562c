import {
  clip, FILTER_NAMES, readCommitmentFilters, type TCommitmentFilters, type TFilterChoices,
} from "./commitment-filters";

/** The query parameters of the public lists, as readCommitmentFilters reads them. */
export const FILTER_PARAMETERS = FILTER_NAMES;

export type TApiQueryResult =
  | { ok: true; filters: TCommitmentFilters }
  | { ok: false; error: string; badParameters: string[] };

/**
 * The JSON API's and the CSV files' reading of a list query. Unlike the HTML pages, which show what they could and
 * say what they ignored, a program gets a refusal naming the parameter: silently dropping a misspelt filter would
 * hand it the whole list.
 */
export function parseApiCommitmentQuery(query: URLSearchParams, choices: TFilterChoices): TApiQueryResult {
  const problems = new Map<string, string>();
  const given: Record<string, string> = {};
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    if (!(FILTER_PARAMETERS as readonly string[]).includes(name)) {
      problems.set(name, `"${clip(name)}" is not a parameter of this list (it takes ${FILTER_PARAMETERS.join(", ")})`);
    } else if (values.length > 1) {
      problems.set(name, `"${name}" is given ${values.length} times`);
    } else {
      given[name] = inPageSpelling(name, values[0] ?? "");
    }
  }
  const { filters, refused } = readCommitmentFilters(given, choices);
  for (const { name, value, reason } of refused) {
    problems.set(name, `"${name}" cannot be "${clip(query.get(name) ?? value)}" (${reason})`);
  }
  if (problems.size > 0) {
    return { ok: false, error: `Bad query parameter: ${[...problems.values()].join("; ")}.`, badParameters: [...problems.keys()] };
  }
  return { ok: true, filters };
}

/** The API answers `status: "in_progress"`; a program may hand that back as a filter, as the pages' IN_PROGRESS. */
function inPageSpelling(name: string, value: string): string {
  return name === "status" ? value.toUpperCase() : value;
}
