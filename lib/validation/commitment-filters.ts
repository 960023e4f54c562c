import { z } from "zod";
import { STATUS_VALUES } from "./progress-update";

export const DEADLINE_WINDOWS = ["overdue", "30", "90", "365", "none"] as const;
export const SORTS = ["source", "title", "status", "updated"] as const;
export const PAGE_SIZE = 50;

/**
 * Filters of a commitment list, read from the URL. A value that does not fit is dropped and reported, so a shared
 * link with a typo still shows a page and says what it ignored.
 */
const fields = {
  q: z.string().trim().max(200),
  pillar: z.string().regex(/^[a-z0-9-]{1,80}$/),
  country: z.string().regex(/^[A-Za-z]{2}$/).transform((code) => code.toUpperCase()),
  status: z.enum(STATUS_VALUES),
  deadline: z.enum(DEADLINE_WINDOWS),
  updatedSince: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sort: z.enum(SORTS),
  page: z.coerce.number().int().min(1).max(100_000),
};

export type TCommitmentFilters = {
  q?: string;
  pillar?: string;
  country?: string;
  status?: (typeof STATUS_VALUES)[number];
  deadline?: (typeof DEADLINE_WINDOWS)[number];
  updatedSince?: string;
  sort: (typeof SORTS)[number];
  page: number;
};

const LABELS: Record<keyof typeof fields, string> = {
  q: "search", pillar: "pillar", country: "country", status: "status", deadline: "deadline window",
  updatedSince: "updated since", sort: "sort", page: "page",
};

export function parseCommitmentFilters(params: Record<string, string | string[] | undefined>): {
  filters: TCommitmentFilters;
  ignored: string[];
} {
  const filters: TCommitmentFilters = { sort: "source", page: 1 };
  const ignored: string[] = [];
  for (const name of Object.keys(fields) as (keyof typeof fields)[]) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const parsed = fields[name].safeParse(value);
    if (parsed.success) Object.assign(filters, { [name]: parsed.data });
    else ignored.push(`${LABELS[name]} "${value.slice(0, 40)}"`);
  }
  return { filters, ignored };
}

/** The query string of a filtered view, for links and pagination. */
export function filtersToQuery(filters: Partial<TCommitmentFilters>, overrides: Partial<TCommitmentFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    if ((name === "page" && value === 1) || (name === "sort" && value === "source")) continue;
    query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
