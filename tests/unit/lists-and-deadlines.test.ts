import { describe, expect, it } from "vitest";
import { describeDeadlineMoves, titleDateNote, withDeadlineHistory } from "@/lib/domain/deadline-moves";
import { nextDeadline } from "@/lib/domain/next-deadline";
import { shortenText } from "@/lib/domain/shorten-text";

describe("a long text cut for a list", () => {
  it("is shown whole at exactly the limit", () => {
    expect(shortenText("abcdefghij", 10)).toBeNull();
    expect(shortenText("abcdefghijk", 10)).toBe("abcdefghij…");
  });

  it("is cut at the last space only when that space lies past six tenths of the limit", () => {
    expect(shortenText("abcdef ghijkl", 10)).toBe("abcdef ghi…");
    expect(shortenText("abcdefg hijkl", 10)).toBe("abcdefg…");
    expect(shortenText("The quick brown fox jumps over", 22)).toBe("The quick brown fox…");
  });

  it("drops the spaces before the ellipsis, never a word's start", () => {
    expect(shortenText("abcdefgh  xyz", 10)).toBe("abcdefgh…");
  });
});

describe("the deadline shown beside a commitment", () => {
  const item = (date: string, kind: "DEADLINE" | "MILESTONE" | "REFERENCE" = "DEADLINE") =>
    ({ kind, date, precision: "DAY" as const });

  it("is the soonest still open, whatever the order given, a deadline due today included", () => {
    expect(nextDeadline([item("2026-09-01"), item("2026-03-01"), item("2025-01-01")], "2026-02-01")?.date).toBe("2026-03-01");
    expect(nextDeadline([item("2026-09-01"), item("2026-02-01")], "2026-02-01")?.date).toBe("2026-02-01");
  });

  it("is never a reference date, and the latest passed one when none is open", () => {
    expect(nextDeadline([item("2026-03-01", "REFERENCE"), item("2026-09-01")], "2026-02-01")?.date).toBe("2026-09-01");
    expect(nextDeadline([item("2025-06-01"), item("2025-01-01")], "2026-02-01")?.date).toBe("2025-06-01");
    expect(nextDeadline([item("2026-03-01", "REFERENCE")], "2026-02-01")).toBeNull();
  });
});

describe("a deadline's moves", () => {
  it("reads a stored deadline's first date beside its current one", () => {
    expect(withDeadlineHistory({ id: "d1", date: new Date("2026-06-01T00:00:00Z"), originalDate: new Date("2025-12-01T00:00:00Z"),
      originalPrecision: "MONTH", moveCount: 2 })).toEqual({ id: "d1", date: "2026-06-01",
      original: { date: "2025-12-01", precision: "MONTH" }, moves: 2 });
  });

  it("says how often it moved in words", () => {
    const original = { date: "2025-12-01", precision: "MONTH" as const };
    expect(describeDeadlineMoves({ original, moves: 2 })).toBe("first set as December 2025, moved twice");
    expect(describeDeadlineMoves({ original, moves: 3 })).toBe("first set as December 2025, moved 3 times");
  });

  it("notes the title's date only for a deadline that moved to another date", () => {
    const title = "Offices open until December 2025";
    const moved = { original: { date: "2025-12-01", precision: "MONTH" as const }, moves: 1, date: "2026-06-01",
      precision: "MONTH" as const };
    expect(titleDateNote(title, [{ ...moved, moves: 0 }])).toBeNull();
    expect(titleDateNote(title, [{ ...moved, date: "2025-12-01" }])).toBeNull();
    expect(titleDateNote(title, [moved])).toBe("The title gives the date as first announced, December 2025; it has since " +
      "moved to June 2026.");
  });
});
