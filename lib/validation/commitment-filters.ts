import { z } from "zod";
import { calendarDateProblem } from "../domain/calendar-date";
import { FRAMEWORK_GROUP } from "../domain/framework-group";
import { STATUS_VALUES } from "./progress-update";

export const DEADLINE_WINDOWS = ["overdue", "30", "90", "365", "none"] as const;
export const SORTS = ["source", "title", "status", "updated"] as const;
export const PAGE_SIZE = 50;

/** A page number of any paged list: whole, from 1. */
export const ZPageNumber = z.coerce.number().int().min(1).max(100_000);

/**
 * Filters of a commitment list, read from the URL: one schema for the pages, the JSON API and the CSV files. Text
 * holds no control character (PostgreSQL cannot search for a NUL) and a date is a day of the calendar.
 */
const fields = {
  q: z.string().trim().max(200).regex(/^[^\p{Cc}]*$/u),
  pillar: z.string().regex(/^[a-z0-9-]{1,80}$/),
  country: z.string().regex(/^[A-Za-z]{2}$/).transform((code) => code.toUpperCase()),
  /** A source document's key: the commitments that came from it. */
  source: z.string().regex(/^[a-z0-9-]{1,80}$/),
  /** A framework's key: the commitments of all its documents. */
  framework: z.string().regex(/^[a-z0-9-]{1,120}$/),
  status: z.enum(STATUS_VALUES),
  deadline: z.enum(DEADLINE_WINDOWS),
  updatedSince: z.string().refine((text) => calendarDateProblem(text) === null),
  sort: z.enum(SORTS),
  page: ZPageNumber,
};

export type TFilterName = keyof typeof fields;
export const FILTER_NAMES = Object.keys(fields) as TFilterName[];

export type TCommitmentFilters = {
  q?: string;
  pillar?: string;
  country?: string;
  source?: string;
  framework?: string;
  status?: (typeof STATUS_VALUES)[number];
  deadline?: (typeof DEADLINE_WINDOWS)[number];
  updatedSince?: string;
  sort: (typeof SORTS)[number];
  page: number;
};

/** Every commitment, in the order of the source: the list before any filter. */
export const NO_FILTERS: TCommitmentFilters = { sort: "source", page: 1 };

/** The pillars, countries and source documents a list can be filtered by (lib/data/reference-lists.ts listFilterChoices). */
export type TFilterChoices = {
  pillars: readonly { slug: string }[];
  countries: readonly { code: string }[];
  sources: readonly { key: string }[];
  frameworks: readonly { key: string }[];
};

/** A value that was not taken: which filter, as given, and why not. */
export type TRefusedFilter = { name: TFilterName; value: string; reason: string };

/**
 * What a list says of a value it did not take, by filter: the name of the filter, why a value of the wrong form is
 * not taken, and why a well-formed pillar, country, source or framework nobody has is not. English here, for the
 * API's refusals; the pages say it in their language (lib/messages, whose English catalogue is this).
 */
export type TFilterRefusalWords = {
  labels: Record<TFilterName, string>;
  notTaken: Record<TFilterName, string>;
  unknown: Record<"pillar" | "country" | "source" | "framework", string>;
};

export const FILTER_REFUSAL_WORDS = {
  labels: {
    q: "search", pillar: "pillar", country: "country", source: "source", framework: "framework", status: "status",
    deadline: "deadline window", updatedSince: "updated since", sort: "sort", page: "page",
  },
  notTaken: {
    q: "longer than 200 characters, or holding a control character",
    pillar: "not a pillar",
    country: "not a two-letter country code",
    source: "not a source document's key",
    framework: "not a framework's key",
    status: `not a status: ${STATUS_VALUES.join(", ")}`,
    deadline: `not a deadline window: ${DEADLINE_WINDOWS.join(", ")}`,
    updatedSince: "not a day of the calendar written YYYY-MM-DD",
    sort: `not a sort: ${SORTS.join(", ")}`,
    page: "not a page number from 1",
  },
  unknown: {
    pillar: "no pillar has this name",
    country: "no commitment names this country",
    source: "no source document has this key",
    framework: "no framework has this key",
  },
} satisfies TFilterRefusalWords;

/**
 * Reads each filter on its own. A pillar or country must also be one the lists know: an unknown one would filter
 * everything away and answer "0 commitments match" where the truth is "no such pillar".
 */
export function readCommitmentFilters(params: Record<string, string | undefined>, choices: TFilterChoices,
  words: TFilterRefusalWords = FILTER_REFUSAL_WORDS): {
  filters: TCommitmentFilters;
  refused: TRefusedFilter[];
} {
  const filters: TCommitmentFilters = { ...NO_FILTERS };
  const refused: TRefusedFilter[] = [];
  for (const name of FILTER_NAMES) {
    const value = params[name];
    if (value === undefined || value === "") continue;
    const parsed = fields[name].safeParse(value);
    if (!parsed.success) {
      refused.push({ name, value, reason: words.notTaken[name] });
    } else if (name === "pillar" && parsed.data !== FRAMEWORK_GROUP.slug
      && !choices.pillars.some((pillar) => pillar.slug === parsed.data)) {
      refused.push({ name, value, reason: words.unknown.pillar });
    } else if (name === "country" && !choices.countries.some((country) => country.code === parsed.data)) {
      refused.push({ name, value, reason: words.unknown.country });
    } else if (name === "source" && !choices.sources.some((source) => source.key === parsed.data)) {
      refused.push({ name, value, reason: words.unknown.source });
    } else if (name === "framework" && !choices.frameworks.some((framework) => framework.key === parsed.data)) {
      refused.push({ name, value, reason: words.unknown.framework });
    } else {
      Object.assign(filters, { [name]: parsed.data });
    }
  }
  return { filters, refused };
}

/**
 * The pages' reading: what fits is shown, and what does not is dropped and said aloud, so that a shared link with a
 * typo still shows a page and says what it ignored.
 */
export function parseCommitmentFilters(params: Record<string, string | string[] | undefined>, choices: TFilterChoices,
  words: TFilterRefusalWords = FILTER_REFUSAL_WORDS): {
  filters: TCommitmentFilters;
  ignored: string[];
} {
  const first = Object.fromEntries(FILTER_NAMES.map((name) => {
    const raw = params[name];
    return [name, Array.isArray(raw) ? raw[0] : raw];
  }));
  const { filters, refused } = readCommitmentFilters(first, choices, words);
  return { filters, ignored: refused.map(({ name, value, reason }) => `${words.labels[name]} "${clip(value)}" (${reason})`) };
}

/** A value quoted back to the reader: short, and with control characters shown as "?" rather than sent raw. */
export function clip(text: string): string {
  const shown = text.replace(/\p{Cc}/gu, "?");
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
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
