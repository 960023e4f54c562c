import "server-only";
import type { CalendarDate } from "../domain/calendar-date";

/**
 * The answers of the route handlers, in one place: the data layer hands rows and async iterables, a handler names
 * what it answers (JSON, Atom, iCalendar, CSV, or a refusal), and only this edge turns that into HTTP (status, type,
 * caching, file names).
 */
export type Answer =
  | { json: unknown; status?: number }
  | { atom: string }
  /** A personal calendar (its URL is its secret) is private to caches and kept out of search. */
  | { calendar: string; personal: boolean }
  /** A streamed download named after the day, e.g. commitments-2026-11-28.csv. */
  | { csv: AsyncGenerator<string>; name: string; today: CalendarDate };

/** A refusal in the caller's words; `badParameters` names what a program must correct. */
export type Refusal = { refuse: 400 | 401 | 404; message: string; badParameters?: string[] };

/** How a route says no: JSON for the API's programs, a line of text for feed readers, calendars and downloads. */
export type RefusalShape = "json" | "text";

// Every answer is read fresh: a change must show at the next poll, and a calendar application asks again by itself.
const NO_STORE = { "Cache-Control": "no-store" };

export function refusalResponse(refusal: Refusal, shape: RefusalShape): Response {
  if (shape === "json") {
    return Response.json({ error: refusal.message,
      ...(refusal.badParameters ? { bad_parameters: refusal.badParameters } : {}) },
    { status: refusal.refuse, headers: NO_STORE });
  }
  return new Response(refusal.message + "\n", { status: refusal.refuse,
    headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });
}

export async function answerResponse(answer: Answer): Promise<Response> {
  if ("json" in answer) return Response.json(answer.json, { status: answer.status ?? 200, headers: NO_STORE });
  if ("atom" in answer) {
    return new Response(answer.atom, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", ...NO_STORE } });
  }
  if ("calendar" in answer) {
    return new Response(answer.calendar, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Cache-Control": answer.personal ? "private, no-cache" : "no-cache",
        ...(answer.personal ? { "X-Robots-Tag": "noindex" } : {}),
      },
    });
  }
  return csvResponse(answer.name, answer.today, answer.csv);
}

async function csvResponse(name: string, today: CalendarDate, lines: AsyncGenerator<string>): Promise<Response> {
  const encoder = new TextEncoder();
  // The header is written before the query runs. Reading the first rows too before answering turns a query that
  // fails into an error answer, instead of a 200 whose connection closes after the header.
  const head: string[] = [];
  for (let part = 0; part < 2; part += 1) {
    const next = await lines.next();
    if (next.done) break;
    head.push(next.value);
  }
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of head) controller.enqueue(encoder.encode(part));
    },
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}-${today}.csv"`,
      ...NO_STORE,
    },
  });
}
