import "server-only";
import { listPersonalCalendarDeadlines } from "../data/deadline-calendars";
import { listFrameworks } from "../data/frameworks";
import { getCountry, getPublicCommitment } from "../data/public-commitments";
import { listFilterChoices } from "../data/reference-lists";
import { calendarTokenFromSegment } from "../domain/calendar-urls";
import { messages } from "../messages/en";
import { parseApiCommitmentQuery } from "../validation/api-commitment-query";
import type { TCommitmentFilters } from "../validation/commitment-filters";
import type { QueryReading, Target } from "./route";

/** What the addresses of the route handlers name, read once for the API, the feeds, the calendars and the files. */

/** A list query of the API and the CSV files: the pages' filters, refused by name rather than silently dropped. */
export async function commitmentQuery(search: URLSearchParams): Promise<QueryReading<TCommitmentFilters>> {
  const reading = parseApiCommitmentQuery(search, await listFilterChoices());
  return reading.ok ? { ok: true, value: reading.filters } : reading;
}

/** The filter of a feed or calendar: ?framework=<key> or ?source=<document key>; an unknown key is refused by name. */
export type FrameworkScope = { parameter: "framework" | "source"; key: string } | null;

export async function frameworkScopeQuery(search: URLSearchParams): Promise<QueryReading<FrameworkScope>> {
  const framework = search.get("framework");
  const source = search.get("source");
  if (framework !== null && source !== null) {
    return { ok: false, error: messages.api.frameworkAndSource, badParameters: ["framework", "source"] };
  }
  if (framework !== null) {
    return (await listFrameworks()).some((row) => row.key === framework)
      ? { ok: true, value: { parameter: "framework", key: framework } }
      : { ok: false, error: messages.api.unknownFramework(framework), badParameters: ["framework"] };
  }
  if (source !== null) {
    return (await listFilterChoices()).sources.some((row) => row.key === source)
      ? { ok: true, value: { parameter: "source", key: source } }
      : { ok: false, error: messages.api.unknownSource(source), badParameters: ["source"] };
  }
  return { ok: true, value: null };
}

type PublicCommitment = NonNullable<Awaited<ReturnType<typeof getPublicCommitment>>>;
type Country = NonNullable<Awaited<ReturnType<typeof getCountry>>>;
type PersonalDeadlines = NonNullable<Awaited<ReturnType<typeof listPersonalCalendarDeadlines>>>;

// A key of another shape names nothing, and is not worth a query.
export const publicCommitment: Target<{ slug: string }, PublicCommitment> = {
  find: async ({ slug }) => (/^[a-z0-9-]{1,80}$/.test(slug) ? getPublicCommitment(slug) : null),
  missing: messages.api.noCommitment,
};

export const country: Target<{ code: string }, Country> = {
  find: async ({ code }) => (/^[A-Za-z]{2}$/.test(code) ? getCountry(code.toUpperCase()) : null),
  missing: messages.api.noCountry,
};

/** A calendar application cannot sign in, so the secret in the URL is the authorisation. */
export const personalCalendar: Target<{ token: string }, PersonalDeadlines> = {
  find: async ({ token }) => {
    const secret = calendarTokenFromSegment(token);
    return secret ? listPersonalCalendarDeadlines(secret) : null;
  },
  missing: messages.api.noCalendar,
};
