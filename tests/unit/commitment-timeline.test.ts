import { describe, expect, it } from "vitest";
import { commitmentTimeline, type TimelineEntry } from "@/lib/domain/commitment-timeline";

const entry = (on: string, rest: Partial<TimelineEntry>): TimelineEntry =>
  ({ on, oldStatus: null, newStatus: null, deadlineChanges: [], figure: null, ...rest });

describe("commitmentTimeline", () => {
  // Made inside each test: Stryker switches a mutant on per test, so a value made while the file loads never has one.
  const timeline = () => commitmentTimeline({
    start: "2024-09-26",
    today: "2026-01-10",
    currentStatus: "AT_RISK",
    deadlines: [{ label: "Extension ends", date: "2026-06-01", precision: "MONTH" }, { label: "Report", date: "2025-03-01", precision: "MONTH" }],
    entries: [
      entry("2025-05-02", { oldStatus: "IN_PROGRESS", newStatus: "AT_RISK",
        deadlineChanges: [{ label: "Extension ends", old: { date: "2025-12-01", precision: "MONTH" }, new: { date: "2026-06-01", precision: "MONTH" } }] }),
      entry("2024-09-26", { newStatus: "IN_PROGRESS" }),
      entry("2025-02-01", { deadlineChanges: [{ label: "Extension ends", old: { date: "2025-04-01", precision: "MONTH" }, new: { date: "2025-12-01", precision: "MONTH" } }] }),
      entry("2025-03-15", { figure: { label: "People registered", unit: "people", value: 1200 } }),
    ],
  });

  it("spans each status from its change to the next, up to today", () => {
    expect(timeline().statusSpans).toEqual([
      { status: "IN_PROGRESS", from: "2024-09-26", to: "2025-05-02" },
      { status: "AT_RISK", from: "2025-05-02", to: "2026-01-10" },
    ]);
  });

  it("keeps every move of a deadline, with the original date beside the current one", () => {
    const extension = timeline().deadlines.find((deadline) => deadline.label === "Extension ends")!;
    expect(extension.original).toEqual({ date: "2025-04-01", precision: "MONTH" });
    expect(extension.current).toEqual({ date: "2026-06-01", precision: "MONTH" });
    expect(extension.moves.map((move) => [move.on, move.from.date, move.to.date]))
      .toEqual([["2025-02-01", "2025-04-01", "2025-12-01"], ["2025-05-02", "2025-12-01", "2026-06-01"]]);
    const report = timeline().deadlines.find((deadline) => deadline.label === "Report")!;
    expect(report.moves).toEqual([]);
    expect(report.original).toEqual(report.current);
  });

  it("reaches to the latest deadline when it lies after today, and lists logged figures", () => {
    expect(timeline().end).toBe("2026-06-30");
    expect(timeline().figures).toEqual([{ on: "2025-03-15", label: "People registered", unit: "people", value: 1200 }]);
  });

  it("shows the current status alone when the history records none", () => {
    const quiet = commitmentTimeline({ start: "2024-09-26", today: "2025-01-01", currentStatus: "NOT_STARTED", entries: [], deadlines: [] });
    expect(quiet.statusSpans).toEqual([{ status: "NOT_STARTED", from: "2024-09-26", to: "2025-01-01" }]);
    expect(quiet.end).toBe("2025-01-01");
  });
});

describe("commitmentTimeline at its edges", () => {
  const line = (entries: TimelineEntry[], deadlines: { label: string; date: string; precision: "DAY" | "MONTH" }[] = [],
    start = "2024-09-26", today = "2026-01-10") =>
    commitmentTimeline({ start, today, currentStatus: "IN_PROGRESS", entries, deadlines });

  it("starts with the status the first change left, from the day of the announcement", () => {
    expect(line([entry("2025-01-01", { oldStatus: "NOT_STARTED", newStatus: "IN_PROGRESS" })]).statusSpans).toEqual([
      { status: "NOT_STARTED", from: "2024-09-26", to: "2025-01-01" },
      { status: "IN_PROGRESS", from: "2025-01-01", to: "2026-01-10" },
    ]);
  });

  it("draws no empty span for a change on the day of the announcement, nor a new one for a change to the same status", () => {
    expect(line([entry("2024-09-26", { oldStatus: "NO_INFORMATION", newStatus: "IN_PROGRESS" }),
      entry("2025-03-01", { oldStatus: "IN_PROGRESS", newStatus: "IN_PROGRESS" })]).statusSpans)
      .toEqual([{ status: "IN_PROGRESS", from: "2024-09-26", to: "2026-01-10" }]);
  });

  it("starts no span before the announcement, and ends none before it when today is earlier", () => {
    expect(line([entry("2024-01-01", { oldStatus: "NOT_STARTED", newStatus: "IN_PROGRESS" })]).statusSpans)
      .toEqual([{ status: "IN_PROGRESS", from: "2024-09-26", to: "2026-01-10" }]);
    expect(line([], [], "2026-02-01", "2026-01-10").statusSpans)
      .toEqual([{ status: "IN_PROGRESS", from: "2026-02-01", to: "2026-02-01" }]);
  });

  it("counts a move only where the date or its precision changed, and no move for a deadline added", () => {
    const deadlines = [{ label: "Ends", date: "2025-12-01", precision: "DAY" as const }];
    const [ends] = line([
      entry("2025-01-01", { deadlineChanges: [{ label: "Ends", old: null, new: { date: "2025-12-01", precision: "MONTH" } }] }),
      entry("2025-02-01", { deadlineChanges: [{ label: "Ends", old: { date: "2025-12-01", precision: "MONTH" },
        new: { date: "2025-12-01", precision: "MONTH" } }] }),
      entry("2025-03-01", { deadlineChanges: [{ label: "Ends", old: { date: "2025-12-01", precision: "MONTH" },
        new: { date: "2025-12-01", precision: "DAY" } }] }),
    ], deadlines).deadlines;
    expect(ends?.moves).toEqual([{ on: "2025-03-01", from: { date: "2025-12-01", precision: "MONTH" },
      to: { date: "2025-12-01", precision: "DAY" } }]);
    expect(ends?.original).toEqual({ date: "2025-12-01", precision: "MONTH" });
  });
});
