import "server-only";
import type { CalendarDate } from "../domain/calendar-date";

/**
 * The answers of the route handlers, in one place: the data layer hands rows and async iterables, and only this edge
 * turns them into HTTP (status, type, caching, file names).
 */

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };

/** A line of plain text: what a feed reader, calendar or script shows of a refusal (404 unknown, 400 bad query). */
export function plainText(status: number, message: string): Response {
  return new Response(message + "\n", { status, headers: TEXT });
}

/** An Atom document; no-store so that a change is visible at the next poll. */
export function atomResponse(xml: string): Response {
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** An iCalendar document; a personal one (its URL is its secret) is private to caches and kept out of search. */
export function calendarResponse(ics: string, personal: boolean): Response {
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": personal ? "private, no-cache" : "no-cache",
      ...(personal ? { "X-Robots-Tag": "noindex" } : {}),
    },
  });
}

/** A streamed download named after the day, e.g. commitments-2026-11-28.csv. */
export async function csvResponse(name: string, today: CalendarDate, lines: AsyncGenerator<string>): Promise<Response> {
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
      "Cache-Control": "no-store",
    },
  });
}
