import { describe, expect, it } from "vitest";
import { importEntries, importNote } from "@/lib/domain/import-entry";

const identity = { fileName: "commitments-2026-11-28.csv", importId: "0123456789ab", at: new Date("2026-11-28T15:04:09Z") };
const row = { created: false, statusSet: false, deadlineSet: false, reason: null, evidenceUrls: [] };

describe("the history entries of an import", () => {
  it("names the file, the import and the time in the internal note, and lists each changed cell old and new", () => {
    expect(importNote(identity, [
      { column: "collective_actor", old: "", new: "Endorsing countries" },
      { column: "description", old: "x".repeat(300), new: "short" },
    ], false)).toBe([
      "Changed by spreadsheet import of commitments-2026-11-28.csv (import 0123456789ab, 2026-11-28 15:04 UTC):",
      'collective_actor: (empty) → "Endorsing countries"',
      `description: "${"x".repeat(200)}…" → "short"`,
    ].join("\n"));
    expect(importNote(identity, [], true)).toBe(
      "Added by spreadsheet import of commitments-2026-11-28.csv (import 0123456789ab, 2026-11-28 15:04 UTC).");
  });

  it("records a status change publicly in the sheet's words alone, and the wording changed with it internally", () => {
    const entries = importEntries(identity, { ...row, statusSet: true, reason: "The ministry opened all offices.",
      evidenceUrls: ["https://example.org/report"], changes: [
        { column: "status", old: "at_risk", new: "partly_completed" },
        { column: "title", old: "Old title", new: "New title" },
      ] });
    expect(entries).toEqual([
      { visibility: "PUBLIC", recordsStatus: true, recordsDeadline: false, statusReason: "The ministry opened all offices.",
        evidenceUrls: ["https://example.org/report"], note: null },
      { visibility: "INTERNAL", recordsStatus: false, recordsDeadline: false, statusReason: null, evidenceUrls: [],
        note: expect.stringContaining('title: "Old title" → "New title"') },
    ]);
    expect(JSON.stringify(entries[0])).not.toMatch(/import|at_risk|partly_completed|spreadsheet/);
  });

  it("writes one public entry for a moved deadline and one internal entry for a wording edit", () => {
    expect(importEntries(identity, { ...row, deadlineSet: true, changes: [{ column: "deadline_date", old: "a", new: "b" }] }))
      .toEqual([{ visibility: "PUBLIC", recordsStatus: false, recordsDeadline: true, statusReason: null, evidenceUrls: [],
        note: null }]);
    expect(importEntries(identity, { ...row, changes: [{ column: "title", old: "a", new: "b" }] }))
      .toMatchObject([{ visibility: "INTERNAL", recordsStatus: false }]);
  });

  it("adds a commitment with one entry: public when it has a status or a deadline, else internal as the form does", () => {
    expect(importEntries(identity, { ...row, created: true, statusSet: true, reason: "Announced.", changes: [] }))
      .toMatchObject([{ visibility: "PUBLIC", recordsStatus: true, statusReason: "Announced.", note: null }]);
    expect(importEntries(identity, { ...row, created: true, changes: [] }))
      .toMatchObject([{ visibility: "INTERNAL", recordsStatus: true, note: expect.stringMatching(/^Added by spreadsheet import/) }]);
  });
});

describe("an import's history entries, at their edges", () => {
  const identity = { fileName: "f.csv", importId: "i1", at: new Date("2026-01-02T03:04:05Z") };

  it("quotes a value of 200 characters whole and cuts a longer one", () => {
    const note = importNote(identity, [{ column: "title", old: "a".repeat(200), new: "b".repeat(201) }], false);
    expect(note).toContain(`"${"a".repeat(200)}"`);
    expect(note).toContain(`"${"b".repeat(200)}…"`);
  });

  it("leaves a status change to the public entry, out of the internal note", () => {
    const entries = importEntries(identity, { created: false, statusSet: true, deadlineSet: false, reason: "Done.",
      evidenceUrls: [], changes: [{ column: "status", old: "in_progress", new: "completed" }] });
    expect(entries.map((entry) => entry.visibility)).toEqual(["PUBLIC"]);
  });
});
