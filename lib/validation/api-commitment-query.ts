import { parseCommitmentFilters, type TCommitmentFilters } from "./commitment-filters";

/** The query parameters of the public lists, as parseCommitmentFilters reads them. */
export const FILTER_PARAMETERS = ["q", "pillar", "country", "status", "deadline", "updatedSince", "sort", "page"] as const;

export type TApiQueryResult =
  | { ok: true; filters: TCommitmentFilters }
  | { ok: false; error: string; badParameters: string[] };

/**
 * The JSON API's reading of a list query. Unlike the HTML pages, which show what they could and say what they ignored,
 * a program gets a refusal naming the parameter: silently dropping a misspelt filter would hand it the whole list.
 */
export function parseApiCommitmentQuery(query: URLSearchParams): TApiQueryResult {
  const problems = new Map<string, string>();
  const accepted: Record<string, string> = {};
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    const value = values[0] ?? "";
    if (!(FILTER_PARAMETERS as readonly string[]).includes(name)) {
      problems.set(name, `"${clip(name)}" is not a parameter of this list (it takes ${FILTER_PARAMETERS.join(", ")})`);
    } else if (values.length > 1) {
      problems.set(name, `"${name}" is given ${values.length} times`);
    } else if (parseCommitmentFilters({ [name]: inPageSpelling(name, value) }).ignored.length > 0) {
      problems.set(name, `"${name}" cannot be "${clip(value)}"`);
    } else {
      accepted[name] = inPageSpelling(name, value);
    }
  }
  if (problems.size > 0) {
    return { ok: false, error: `Bad query parameter: ${[...problems.values()].join("; ")}.`, badParameters: [...problems.keys()] };
  }
  return { ok: true, filters: parseCommitmentFilters(accepted).filters };
}

/** The API answers `status: "in_progress"`; a program may hand that back as a filter, as the pages' IN_PROGRESS. */
function inPageSpelling(name: string, value: string): string {
  return name === "status" ? value.toUpperCase() : value;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
