import { describe, expect, it } from "vitest";
import { summariseBulkResults } from "@/lib/domain/bulk-summary";
import { describeConflict } from "@/lib/domain/conflict-message";
import { formatDay, formatInstant } from "@/lib/domain/format-instant";
import { safeReturnPath } from "@/lib/domain/return-path";
import { formatTarget } from "@/lib/domain/target-text";
import { messages } from "@/lib/messages/en";
import { es } from "@/lib/messages/es";

describe("what a user reads after a bulk status change", () => {
  it("says nothing was changed and gives each kind of refusal its reason, in a fixed order", () => {
    expect(summariseBulkResults(false, ["saved", "not-found", "forbidden", "saved", "conflict", "invalid", "forbidden"], messages.bulk))
      .toBe("Nothing was changed: 1 of 7 already had that status or needed evidence; 1 of 7 were changed by a colleague " +
        "after you loaded the list; 2 of 7 are outside your scope; 1 of 7 no longer exist or are archived. Untick those, " +
        "or reload the list, and try again.");
  });

  it("says it in Spanish from the Spanish catalogue", () => {
    expect(summariseBulkResults(false, ["forbidden", "saved"], es.bulk))
      .toBe("No se cambió nada: 1 de 2 están fuera de su ámbito. Desmárquelos o vuelva a cargar la lista, e inténtelo " +
        "de nuevo.");
  });

  it("says nothing about refusals when every one was saved", () => {
    expect(summariseBulkResults(true, ["saved", "saved"], messages.bulk)).toBe("2 commitments updated, each with its own history entry.");
  });
});

describe("the message of a lost save race", () => {
  it("lists what each colleague saved, with the time in UTC, and keeps a long note short", () => {
    const long = "n".repeat(141);
    const message = describeConflict([
      { createdAt: new Date("2026-03-04T05:06:07Z"), author: "Ana", oldStatus: "IN_PROGRESS", newStatus: "AT_RISK",
        note: "Funds late", deadlineChanges: 2 },
      { createdAt: new Date("2026-03-04T05:07:00Z"), author: "Ben", oldStatus: null, newStatus: "IN_PROGRESS",
        note: long, deadlineChanges: 0 },
      { createdAt: new Date("2026-03-04T05:08:00Z"), author: "Cy", oldStatus: null, newStatus: null, note: null,
        deadlineChanges: 0 },
      { createdAt: new Date("2026-03-04T05:09:00Z"), author: "Di", oldStatus: null, newStatus: null,
        note: "n".repeat(140), deadlineChanges: 0 },
    ], messages);
    expect(message.split("\n")).toEqual([
      "Not saved: a colleague updated this commitment after you opened it. Their changes:",
      'Ana at 2026-03-04 05:06 UTC: status In progress → At risk or delayed; 2 deadline change(s); note: "Funds late"',
      `Ben at 2026-03-04 05:07 UTC: status none → In progress; note: "${"n".repeat(140)}…"`,
      "Cy at 2026-03-04 05:08 UTC: an update",
      `Di at 2026-03-04 05:09 UTC: note: "${"n".repeat(140)}"`,
      "Your text is still in the form: review it against theirs and save again.",
    ]);
  });

  it("names an entry no one signed (the seed's) by its source, in the author's language", () => {
    const entry = { createdAt: new Date("2026-03-04T05:06:07Z"), author: null, oldStatus: null, newStatus: null,
      note: null, deadlineChanges: 1 };
    expect(describeConflict([entry], messages).split("\n")[1]).toBe("Fact sheet at 2026-03-04 05:06 UTC: 1 deadline change(s)");
    expect(describeConflict([entry], es).split("\n")[1]).toBe("Hoja informativa, el 2026-03-04 05:06 UTC: 1 cambio de plazo");
  });

  it("says it in Spanish, with Spanish status names, to an author working in Spanish", () => {
    const message = describeConflict([{ createdAt: new Date("2026-03-04T05:06:07Z"), author: "Ana",
      oldStatus: "IN_PROGRESS", newStatus: "AT_RISK", note: "Fondos demorados", deadlineChanges: 1 }], es);
    expect(message.split("\n")).toEqual([
      "No se guardó: un colega actualizó este compromiso después de que usted lo abriera. Sus cambios:",
      `Ana, el 2026-03-04 05:06 UTC: estado ${es.status.IN_PROGRESS.label} → ${es.status.AT_RISK.label}; 1 cambio de plazo; ` +
        'nota: "Fondos demorados"',
      "Su texto sigue en el formulario: revíselo frente al de su colega y vuelva a guardar.",
    ]);
  });
});

describe("where sign-in returns to", () => {
  it.each([
    ["/admin/commitments?page=2", "/admin/commitments?page=2"],
    [undefined, "/admin"],
    ["", "/admin"],
    ["https://evil.example/", "/admin"],
    ["//evil.example/", "/admin"],
    ["/\\evil.example", "/admin"],
  ])("follows %j to %j", (candidate, expected) => {
    expect(safeReturnPath(candidate)).toBe(expected);
  });

  it("falls back to the page the caller names", () => {
    expect(safeReturnPath("http://x", "/")).toBe("/");
  });
});

describe("dates, times and targets as readers see them", () => {
  it("names the zone with a moment and reads the day in that zone", () => {
    const at = new Date("2024-09-26T18:00:00Z");
    expect(formatInstant(at, "America/New_York")).toBe("September 26, 2024 at 14:00 EDT");
    expect(formatDay(new Date("2024-09-27T02:00:00Z"), "America/New_York")).toBe("September 26, 2024");
  });

  it.each([
    ["STATED", "25,500 people"], ["ABOUT", "about 25,500 people"], ["MORE_THAN", "more than 25,500 people"],
    ["NEARLY", "nearly 25,500 people"], ["UP_TO", "up to 25,500 people"],
  ] as const)("writes a %s target as %j", (qualifier, text) => {
    expect(formatTarget({ qualifier, value: 25_500, unit: "people", asWritten: null })).toBe(text);
  });
});
