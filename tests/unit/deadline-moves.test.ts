import { describe, expect, it } from "vitest";
import { describeDeadlineMoves, titleDateNote } from "@/lib/domain/deadline-moves";

const december = { date: "2025-12-01", precision: "MONTH" as const };
const moved = { date: "2026-06-01", precision: "MONTH" as const, original: december, moves: 1 };

describe("a deadline that moved", () => {
  it("says its first date and how many times it moved", () => {
    expect(describeDeadlineMoves(moved)).toBe("first set as December 2025, moved once");
    expect(describeDeadlineMoves({ ...moved, moves: 3 })).toBe("first set as December 2025, moved 3 times");
    expect(describeDeadlineMoves({ ...december, original: december, moves: 0 })).toBeNull();
  });

  it("puts a note beside a title that still carries the first date", () => {
    const title = "Costa Rica and the United States to extend the Safe Mobility Offices in Costa Rica until December 2025";
    expect(titleDateNote(title, [moved])).toBe(
      "The title gives the date as first announced, December 2025; it has since moved to June 2026.");
    expect(titleDateNote(title, [{ ...december, original: december, moves: 0 }])).toBeNull();
    expect(titleDateNote("Offices stay open", [moved])).toBeNull();
  });
});
