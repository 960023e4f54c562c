import "server-only";
import type { NextRequest } from "next/server";
import { currentActor } from "../auth/session";
import type { CalendarDate } from "../domain/calendar-date";
import type { Locale } from "../domain/localized-text";
import { appToday } from "../env";
import { isLocale, LOCALE_HEADER } from "../i18n/negotiate.mjs";
import { messages } from "../messages/en";
import { requestOrigin } from "../request-origin";
import { answerResponse, refusalResponse, type Answer, type Refusal, type RefusalShape } from "./responses";

/** A query's reading: its value, or what is wrong with it, naming the parameters a program must correct. */
export type QueryReading<Query> = { ok: true; value: Query } | { ok: false; error: string; badParameters: string[] };

/** What the address names (a commitment, a country, a calendar's deadlines); null for an address that names nothing. */
export type Target<Params, Found> = { find: (params: Params) => Promise<Found | null>; missing: string };

export type RouteInput<Query, Found> = {
  request: NextRequest;
  /** Where the reader reached the site, for the absolute links of an answer. */
  origin: string;
  today: CalendarDate;
  /** The address's language: proxy.ts sets the header on every request (/es/feed.xml is Spanish), overwriting a client's. */
  locale: Locale;
  query: Query;
  found: Found;
};

/**
 * The one wrapper of the route handlers (dub's withWorkspace, for a public tracker): it authorises the audience (401),
 * reads the query with its one schema (400 naming the parameters), finds what the address names (404), and turns the
 * handler's answer into HTTP with its type and caching headers (lib/http/responses.ts). A handler is its answer.
 */
export function route<Params extends Record<string, string> = Record<string, never>, Query = undefined,
  Found = undefined>(spec: {
  /** Staff files need a session: a route handler is a public endpoint whatever page links to it. */
  audience?: "staff";
  refusals: RefusalShape;
  query?: (search: URLSearchParams) => Promise<QueryReading<Query>>;
  target?: Target<Params, Found>;
  answer: (input: RouteInput<Query, Found>) => Promise<Answer | Refusal>;
}) {
  return async (request: NextRequest, context?: { params: Promise<Params> }): Promise<Response> => {
    const refuse = (refusal: Refusal) => refusalResponse(refusal, spec.refusals);
    if (spec.audience === "staff" && !(await currentActor())) return refuse({ refuse: 401, message: messages.api.staffOnly });
    let query = undefined as Query;
    if (spec.query) {
      const reading = await spec.query(request.nextUrl.searchParams);
      if (!reading.ok) return refuse({ refuse: 400, message: reading.error, badParameters: reading.badParameters });
      query = reading.value;
    }
    let found = undefined as Found;
    if (spec.target) {
      const named = context ? await spec.target.find(await context.params) : null;
      if (named === null) return refuse({ refuse: 404, message: spec.target.missing });
      found = named;
    }
    const answer = await spec.answer({
      request, query, found, origin: requestOrigin(request), locale: localeOf(request),
      // Asked only by the answers that measure deadlines: a health check reads no setting it does not need.
      get today() { return appToday(); },
    });
    return "refuse" in answer ? refuse(answer) : answerResponse(answer);
  };
}

function localeOf(request: NextRequest): Locale {
  const asked = request.headers.get(LOCALE_HEADER);
  return isLocale(asked) ? asked : "en";
}
