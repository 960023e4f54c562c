import { describe, expect, it } from "vitest";
import { deadlineChange, describeDeadlineChange } from "@/lib/domain/deadline-change";

describe("describeDeadlineChange", () => {
  it("tells an extension", () => {
    expect(describeDeadlineChange({ date: "2025-12-01", precision: "MONTH" }, { date: "2026-06-01", precision: "MONTH" }))
      .toBe("extended from December 2025 to June 2026");
  });

  it("tells a deadline brought forward", () => {
    expect(describeDeadlineChange({ date: "2025-01-01", precision: "YEAR" }, { date: "2025-06-30", precision: "DAY" }))
      .toBe("brought forward from 2025 to June 30, 2025");
  });

  it("tells a restatement that falls due on the same day", () => {
    expect(describeDeadlineChange({ date: "2025-12-01", precision: "MONTH" }, { date: "2025-12-31", precision: "DAY" }))
      .toBe("restated from December 2025 as December 31, 2025");
  });

  it("tells a first deadline", () => {
    expect(describeDeadlineChange(null, { date: "2023-10-01", precision: "FISCAL_YEAR" })).toBe("set to Fiscal year 2024");
  });
});

describe("describeDeadlineChange, the same due day", () => {
  it("keeps a deadline written the same way, and restates one written otherwise", () => {
    expect(describeDeadlineChange({ date: "2025-12-01", precision: "MONTH" }, { date: "2025-12-01", precision: "MONTH" }))
      .toBe("kept at December 2025");
    expect(describeDeadlineChange({ date: "2025-01-01", precision: "YEAR" }, { date: "2025-12-31", precision: "DAY" }))
      .toBe("restated from 2025 as December 31, 2025");
  });

  it("sets a first deadline from nothing", () => {
    expect(deadlineChange(null, { date: "2025-12-01", precision: "MONTH" })).toEqual({ kind: "set", from: "", to: "December 2025" });
  });
});
