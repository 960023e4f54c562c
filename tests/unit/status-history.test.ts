import { describe, expect, it } from "vitest";
import { monthEnds, statusCountsOverTime } from "@/lib/domain/status-history";

describe("monthEnds", () => {
  it("gives each month's last day and ends on the day given", () => {
    expect(monthEnds("2024-11-15", "2025-02-10")).toEqual(["2024-11-30", "2024-12-31", "2025-01-31", "2025-02-10"]);
    expect(monthEnds("2025-02-01", "2025-02-28")).toEqual(["2025-02-28"]);
  });
});

describe("statusCountsOverTime", () => {
  it("counts each commitment under its latest status on or before each day", () => {
    const changes = [
      { commitmentId: "a", on: "2024-09-26", status: "NOT_STARTED" as const },
      { commitmentId: "a", on: "2025-01-10", status: "IN_PROGRESS" as const },
      { commitmentId: "b", on: "2024-09-26", status: "IN_PROGRESS" as const },
      { commitmentId: "b", on: "2025-03-02", status: "COMPLETED" as const },
      { commitmentId: "c", on: "2025-02-01", status: "AT_RISK" as const },
    ];
    expect(statusCountsOverTime(changes, ["2024-12-31", "2025-01-31", "2025-03-31"])).toEqual([
      { at: "2024-12-31", counts: { NOT_STARTED: 1, IN_PROGRESS: 1 } },
      { at: "2025-01-31", counts: { IN_PROGRESS: 2 } },
      { at: "2025-03-31", counts: { IN_PROGRESS: 1, COMPLETED: 1, AT_RISK: 1 } },
    ]);
  });
});

describe("statusCountsOverTime, changes in any order", () => {
  it("counts a change from its own day, whatever order the changes come in", () => {
    const changes = [
      { commitmentId: "a", on: "2025-06-01", status: "COMPLETED" as const },
      { commitmentId: "a", on: "2025-01-01", status: "IN_PROGRESS" as const },
      { commitmentId: "b", on: "2025-03-01", status: "AT_RISK" as const },
    ];
    expect(statusCountsOverTime(changes, ["2025-02-28", "2025-03-01", "2025-06-01"])).toEqual([
      { at: "2025-02-28", counts: { IN_PROGRESS: 1 } },
      { at: "2025-03-01", counts: { IN_PROGRESS: 1, AT_RISK: 1 } },
      { at: "2025-06-01", counts: { COMPLETED: 1, AT_RISK: 1 } },
    ]);
  });
});
