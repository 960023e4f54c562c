import { describe, expect, it } from "vitest";
import { calendarTokenFromSegment, personalCalendarPath } from "@/lib/domain/calendar-urls";
import { deadlineEvent } from "@/lib/domain/deadline-event";
import { en } from "@/lib/messages/en";
import { es } from "@/lib/messages/es";
import { encodeICalendar, escapeText, foldLine, type AllDayEvent } from "@/lib/domain/icalendar";

const event: AllDayEvent = {
  uid: "deadline-abc@pledgeboard",
  day: "2025-12-31",
  summary: "Costa Rica extends Safe Mobility Offices until December 2025",
  description: "Safe Mobility Offices open until: December 2025.\nStatus: In progress.",
  url: "https://pledgeboard.example.org/commitments/cr-safe-mobility-offices-extension",
  stamp: new Date("2026-11-28T14:05:09.123Z"),
};
const calendar = { name: "Deadlines", description: "All of them", refreshInterval: "PT6H", events: [event] };

/** RFC 5545 3.1: a folded line continues on the next one that starts with a space or tab. */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n");
}

describe("escapeText", () => {
  it("escapes backslash, semicolon and comma, and writes line breaks as \\n", () => {
    expect(escapeText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
    expect(escapeText("one\ntwo\r\nthree\rfour")).toBe("one\\ntwo\\nthree\\nfour");
    expect(escapeText("\\n is not a line break")).toBe("\\\\n is not a line break");
    expect(escapeText("Colons: fine")).toBe("Colons: fine");
  });
});

describe("foldLine", () => {
  const octets = (line: string) => new TextEncoder().encode(line).length;

  it("counts a character's UTF-8 octets at each width's first and last code point", () => {
    // 74 + 1 octet fits in a line; 74 + 2 does not, and so on up the widths.
    const fits = (filler: number, character: string) => foldLine("X".repeat(filler) + character) === "X".repeat(filler) + character;
    expect(fits(74, "\u007f")).toBe(true);
    expect(fits(74, "\u0080")).toBe(false);
    expect(fits(73, "\u07ff")).toBe(true);
    expect(fits(73, "\u0800")).toBe(false);
    expect(fits(72, "\uffff")).toBe(true);
    expect(fits(72, "\u{10000}")).toBe(false);
    expect(fits(71, "\u{10000}")).toBe(true);
  });

  it("leaves a line of 75 octets alone and folds the 76th onto a line that starts with a space", () => {
    const exact = "X".repeat(75);
    expect(foldLine(exact)).toBe(exact);
    expect(foldLine(`${exact}Y`)).toBe(`${exact}\r\n Y`);
  });

  it("keeps every physical line within 75 octets, the leading space counted", () => {
    const folded = foldLine(`DESCRIPTION:${"word ".repeat(100)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(6);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(" ")).toBe(true);
  });

  it("never splits the bytes of one character", () => {
    const text = `SUMMARY:${"é€😀".repeat(40)}`;
    const lines = foldLine(text).split("\r\n");
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
      // Each physical line is whole characters: no lone surrogate at either end.
      expect(line).toBe(new TextDecoder().decode(new TextEncoder().encode(line)));
    }
    expect(unfold(foldLine(text))).toEqual([text]);
  });
});

describe("encodeICalendar", () => {
  // Made inside each test: Stryker switches a mutant on per test, so text made while the file loads never has one.
  const text = () => encodeICalendar(calendar);
  const lines = () => unfold(text());

  it("ends every line with CRLF and has no bare line feed", () => {
    expect(text().endsWith("\r\n")).toBe(true);
    expect(text().replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("wraps the events in a VCALENDAR of version 2.0 with a product id", () => {
    expect(lines().slice(0, 4)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pledgeboard//Deadlines//EN",
      "CALSCALE:GREGORIAN"]);
    expect(lines()).toContain("X-WR-CALNAME:Deadlines");
    expect(lines()).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT6H");
    expect(lines().at(-2)).toBe("END:VCALENDAR");
    expect(lines().at(-1)).toBe("");
  });

  it("writes an all-day event on the due day, ending on the next day", () => {
    expect(lines()).toContain("UID:deadline-abc@pledgeboard");
    expect(lines()).toContain("DTSTAMP:20261128T140509Z");
    expect(lines()).toContain("DTSTART;VALUE=DATE:20251231");
    expect(lines()).toContain("DTEND;VALUE=DATE:20260101");
    expect(lines()).toContain("SUMMARY:Costa Rica extends Safe Mobility Offices until December 2025");
    expect(lines()).toContain("DESCRIPTION:Safe Mobility Offices open until: December 2025.\\nStatus: In progress.");
    expect(lines()).toContain(`URL:${event.url}`);
    expect(lines()).toContain("TRANSP:TRANSPARENT");
  });

  it("ends an event on February 29 on March 1, and one on December 31 in the next year", () => {
    const leap = unfold(encodeICalendar({ ...calendar, events: [{ ...event, day: "2024-02-29" }] }));
    expect(leap).toContain("DTEND;VALUE=DATE:20240301");
    const common = unfold(encodeICalendar({ ...calendar, events: [{ ...event, day: "2025-02-28" }] }));
    expect(common).toContain("DTEND;VALUE=DATE:20250301");
  });

  it("escapes text in every text property, the calendar's own included", () => {
    const tricky = encodeICalendar({ ...calendar, name: "A, B; C",
      events: [{ ...event, summary: "Funds; visas, and \\ more", description: "line one\nline two" }] });
    const unfolded = unfold(tricky);
    expect(unfolded).toContain("X-WR-CALNAME:A\\, B\\; C");
    expect(unfolded).toContain("SUMMARY:Funds\\; visas\\, and \\\\ more");
    expect(unfolded).toContain("DESCRIPTION:line one\\nline two");
  });

  it("writes the whole calendar, property by property, in the order calendar programs are given it", () => {
    expect(lines()).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Pledgeboard//Deadlines//EN",
      "CALSCALE:GREGORIAN",
      "NAME:Deadlines",
      "X-WR-CALNAME:Deadlines",
      "DESCRIPTION:All of them",
      "X-WR-CALDESC:All of them",
      "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
      "X-PUBLISHED-TTL:PT6H",
      "BEGIN:VEVENT",
      "UID:deadline-abc@pledgeboard",
      "DTSTAMP:20261128T140509Z",
      "DTSTART;VALUE=DATE:20251231",
      "DTEND;VALUE=DATE:20260101",
      "SUMMARY:Costa Rica extends Safe Mobility Offices until December 2025",
      "DESCRIPTION:Safe Mobility Offices open until: December 2025.\\nStatus: In progress.",
      "URL:https://pledgeboard.example.org/commitments/cr-safe-mobility-offices-extension",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  it("escapes the calendar's description as well as its name", () => {
    const unfolded = unfold(encodeICalendar({ ...calendar, description: "Dates; places, and more" }));
    expect(unfolded).toContain("DESCRIPTION:Dates\\; places\\, and more");
    expect(unfolded).toContain("X-WR-CALDESC:Dates\\; places\\, and more");
  });

  it("writes nothing but the calendar when there is no event", () => {
    const empty = unfold(encodeICalendar({ ...calendar, events: [] }));
    expect(empty).not.toContain("BEGIN:VEVENT");
  });
});

describe("deadlineEvent", () => {
  const words = (locale: "en" | "es") => {
    const t = locale === "en" ? en : es;
    return { locale, ...t.calendarEvent, moved: t.deadline.moved, statuses: t.status };
  };
  const deadline = {
    id: "d1",
    label: "Safe Mobility Offices open until",
    date: "2025-12-01",
    precision: "MONTH" as const,
    dueOn: "2025-12-31",
    original: { date: "2025-12-01", precision: "MONTH" as const },
    moves: 0,
    commitment: { title: "Costa Rica extends Safe Mobility Offices", status: "IN_PROGRESS" as const,
      updatedAt: new Date("2026-01-02T00:00:00Z") },
  };

  it("puts the event on the due day with a UID made of the deadline's id alone", () => {
    const made = deadlineEvent(deadline, "https://x.example/commitments/k", words("en"));
    expect(made).toMatchObject({ uid: "deadline-d1@pledgeboard", day: "2025-12-31",
      summary: "Costa Rica extends Safe Mobility Offices", url: "https://x.example/commitments/k" });
    expect(made.description).toBe("Safe Mobility Offices open until: December 2025 (due December 31, 2025).\n" +
      "Status: In progress.\nhttps://x.example/commitments/k");
    // Extended, it is the same event on another day.
    expect(deadlineEvent({ ...deadline, date: "2026-06-01", dueOn: "2026-06-30" }, "u", words("en")).uid).toBe(made.uid);
  });

  it("says in its description, once the deadline moved, the date first set and how many times it moved", () => {
    const moved = deadlineEvent({ ...deadline, date: "2026-06-01", dueOn: "2026-06-30", moves: 1 }, "u", words("en"));
    expect(moved.description).toBe("Safe Mobility Offices open until: June 2026 (due June 30, 2026; " +
      "first set as December 2025, moved once).\nStatus: In progress.\nu");
  });

  it("says it in Spanish for a Spanish calendar, with the same UID", () => {
    const spanish = deadlineEvent({ ...deadline, date: "2026-06-01", dueOn: "2026-06-30", moves: 1 }, "u", words("es"));
    expect(spanish.uid).toBe("deadline-d1@pledgeboard");
    expect(spanish.description).toBe("Safe Mobility Offices open until: junio de 2026 (vence el 30 de junio de 2026; " +
      `${es.deadline.moved("diciembre de 2025", 1)}).\nEstado: En curso.\nu`);
  });
});

describe("personal calendar URLs", () => {
  const token = "A".repeat(21) + "_-" + "z9".repeat(10);

  it("carry the secret and end in .ics", () => {
    expect(personalCalendarPath(token)).toBe(`/calendar/u/${token}.ics`);
    expect(calendarTokenFromSegment(`${token}.ics`)).toBe(token);
  });

  it.each([token, `${token}.ICS`, `${token}x.ics`, `../${token}.ics`, `${token.slice(1)}.ics`, `${token.slice(1)}=.ics`])(
    "refuse the segment %s", (segment) => {
      expect(calendarTokenFromSegment(segment)).toBeNull();
    });
});
