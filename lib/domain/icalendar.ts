import { addDays, type CalendarDate } from "./calendar-date";

/** One all-day event. `uid` must stay the same across runs, so that a subscribed calendar updates it in place. */
export type AllDayEvent = {
  uid: string;
  day: CalendarDate;
  summary: string;
  description: string;
  url: string;
  /** When the information behind the event last changed (DTSTAMP of a calendar without METHOD, RFC 5545 3.8.7.2). */
  stamp: Date;
};

export type ICalendar = {
  name: string;
  description: string;
  /** How often a subscribed calendar should fetch the feed again, as an ISO 8601 duration such as "PT6H". */
  refreshInterval: string;
  events: AllDayEvent[];
};

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** An iCalendar (RFC 5545) document: CRLF line ends, long lines folded, every text value escaped. */
export function encodeICalendar(calendar: ICalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Pledgeboard//Deadlines//EN",
    "CALSCALE:GREGORIAN",
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `DESCRIPTION:${escapeText(calendar.description)}`,
    `X-WR-CALDESC:${escapeText(calendar.description)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${calendar.refreshInterval}`,
    `X-PUBLISHED-TTL:${calendar.refreshInterval}`,
    ...calendar.events.flatMap((event) => [
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${utcDateTime(event.stamp)}`,
      // An all-day event ends (exclusively) on the next day.
      `DTSTART;VALUE=DATE:${basicDate(event.day)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(event.day, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `URL:${event.url}`,
      // A deadline is a date to know, not time taken: it does not make anyone busy.
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    ]),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma are escaped, and a line break becomes "\n". */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Splits a content line so that no line is longer than 75 octets of UTF-8, each continuation starting with one space
 * (RFC 5545 3.1). The split falls between characters, never inside one character's bytes.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = "";
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      pieces.push(piece);
      piece = "";
      octets = 1; // the space that starts the continuation line
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join(`${CRLF} `);
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

function basicDate(day: CalendarDate): string {
  return day.replaceAll("-", "");
}

function utcDateTime(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}
