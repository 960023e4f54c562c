import { describe, expect, it } from "vitest";
import { importNote, importStatusReason, importVisibility } from "@/lib/domain/import-entry";

const identity = { fileName: "commitments-2026-11-28.csv", importId: "0123456789ab", at: new Date("2026-11-28T15:04:09Z") };

describe("the history entry of an import", () => {
  it("names the file, the import and the time, and lists each changed cell old and new", () => {
    expect(importNote(identity, [
      { column: "status", old: "in_progress", new: "completed" },
      { column: "collective_actor", old: "", new: "Endorsing countries" },
      { column: "description", old: "x".repeat(300), new: "short" },
    ], false)).toBe([
      "Changed by spreadsheet import of commitments-2026-11-28.csv (import 0123456789ab, 2026-11-28 15:04 UTC):",
      'status: "in_progress" → "completed"',
      'collective_actor: (empty) → "Endorsing countries"',
      `description: "${"x".repeat(200)}…" → "short"`,
    ].join("\n"));
    expect(importNote(identity, [], true)).toMatch(/^Added by spreadsheet import/);
    expect(importStatusReason(identity)).toBe("Set by spreadsheet import of commitments-2026-11-28.csv (import 0123456789ab).");
  });

  it("is public when it records a status or a deadline, internal for wording", () => {
    expect(importVisibility([{ column: "status", old: "a", new: "b" }])).toBe("PUBLIC");
    expect(importVisibility([{ column: "deadline_date", old: "a", new: "b" }])).toBe("PUBLIC");
    expect(importVisibility([{ column: "title", old: "a", new: "b" }])).toBe("INTERNAL");
  });
});
