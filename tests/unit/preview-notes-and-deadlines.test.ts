import { describe, expect, it } from "vitest";
import { CONFIRM_EARLY_DEADLINES_LABEL, earlyDeadlineErrors } from "@/lib/domain/early-deadline";
import { importNotes } from "@/lib/domain/import-notes";
import { describeCountries, presentCountries } from "@/lib/domain/country-roles";
import type { DateForm } from "@/lib/domain/spreadsheet-date";
import type { DateCellReading } from "@/lib/validation/commitment-csv";

describe("the import preview's notes on how the file was read", () => {
  const reading = (line: number, text: string, date: string, form: DateForm = "day/month/year", column = "deadline_date"):
  DateCellReading => ({ line, column, text, date, form });

  it("says nothing about a file read exactly as the export writes it", () => {
    expect(importNotes({ separator: ",", columns: ["key", "version", "title"], readings: [] })).toEqual([]);
  });

  it("names the semicolon, each form of date with its count and first example, and the columns not read", () => {
    const notes = importNotes({ separator: ";", columns: ["key", "status_changed_at", "title", "deadline_due_on"],
      readings: [reading(3, "31/12/2025", "2025-12-31"), reading(5, "1/6/2026", "2026-06-01"),
        reading(4, "12/31/2025", "2025-12-31", "month/day/year")] });
    expect(notes).toEqual([
      "Read as separated by semicolons (;), as a spreadsheet set to a language with a decimal comma saves CSV.",
      'deadline_date: 2 cells written day/month/year read as that day (line 3: "31/12/2025" is 2025-12-31).',
      'deadline_date: 1 cell written month/day/year read as that day (line 4: "12/31/2025" is 2025-12-31).',
      "Not read, as the export computes them: status_changed_at, deadline_due_on. A spreadsheet that reformatted their " +
        "dates or numbers changes nothing.",
    ]);
  });

  it("groups dates by column as well as by form", () => {
    const notes = importNotes({ separator: ",", columns: ["key"], readings: [reading(2, "1/2/2026", "2026-02-01"),
      reading(2, "3/4/2026", "2026-04-03", "day/month/year", "other_date")] });
    expect(notes.map((note) => note.split(":")[0])).toEqual(["deadline_date", "other_date"]);
    expect(notes.every((note) => note.includes(": 1 cell written"))).toBe(true);
  });
});

describe("a deadline that ends before the commitment was announced", () => {
  const edit = (date: string, precision: "DAY" | "MONTH" | "YEAR", kind: "DEADLINE" | "MILESTONE" | "REFERENCE" = "DEADLINE") =>
    ({ deadlineId: "d1", kind, date, precision });

  it("asks the editor to confirm it, naming the date, the announcement and the box to tick", () => {
    expect(earlyDeadlineErrors([edit("2020-01-01", "YEAR")], "2024-09-26", false)).toEqual({
      "deadline.d1.value": ["2020 ends before the commitment was announced on September 26, 2024, so it would show as " +
        `passed at once. Check the year; if the date is right, tick "${CONFIRM_EARLY_DEADLINES_LABEL}" and save again.`],
      confirmEarlyDeadlines: ["A deadline ends before the commitment was announced on September 26, 2024."],
    });
    expect(CONFIRM_EARLY_DEADLINES_LABEL).toBe("Keep the dates before the announcement: they are right");
  });

  it("judges a period by its last day: a month that ends on or after the announcement is not early", () => {
    expect(earlyDeadlineErrors([edit("2024-09-01", "MONTH")], "2024-09-26", false)).toEqual({});
    expect(earlyDeadlineErrors([edit("2024-09-26", "DAY")], "2024-09-26", false)).toEqual({});
    expect(Object.keys(earlyDeadlineErrors([edit("2024-09-25", "DAY")], "2024-09-26", false)))
      .toEqual(["deadline.d1.value", "confirmEarlyDeadlines"]);
  });

  it("does not ask about a reference date, nor once the editor confirmed", () => {
    expect(earlyDeadlineErrors([edit("2020-01-01", "YEAR", "REFERENCE")], "2024-09-26", false)).toEqual({});
    expect(earlyDeadlineErrors([edit("2020-01-01", "YEAR")], "2024-09-26", true)).toEqual({});
    expect(Object.keys(earlyDeadlineErrors([edit("2020-01-01", "YEAR", "MILESTONE")], "2024-09-26", false)))
      .toContain("deadline.d1.value");
  });
});

describe("acting countries", () => {
  const row = (code: string, name: string, role: "LEAD" | "PARTNER" | "HOST") => ({ role, country: { code, name } });

  it("lists the leads first, then partners, then hosts, each by name, and says each one's role", () => {
    const countries = presentCountries([row("GT", "Guatemala", "HOST"), row("US", "United States", "LEAD"),
      row("PA", "Panama", "PARTNER"), row("CR", "Costa Rica", "LEAD"), row("MX", "Mexico", "PARTNER")]);
    expect(countries).toEqual([
      { code: "CR", name: "Costa Rica", role: "LEAD", lead: true },
      { code: "US", name: "United States", role: "LEAD", lead: true },
      { code: "MX", name: "Mexico", role: "PARTNER", lead: false },
      { code: "PA", name: "Panama", role: "PARTNER", lead: false },
      { code: "GT", name: "Guatemala", role: "HOST", lead: false },
    ]);
    expect(describeCountries(countries)).toBe("Costa Rica (lead), United States (lead), Mexico (partner), Panama (partner), " +
      "Guatemala (host)");
  });

  it("says the roles in the words it is given, as a page in another language does", () => {
    expect(describeCountries(presentCountries([row("GT", "Guatemala", "HOST"), row("US", "Estados Unidos", "LEAD")]),
      { LEAD: "líder", PARTNER: "socio", HOST: "anfitrión" })).toBe("Estados Unidos (líder), Guatemala (anfitrión)");
  });
});
