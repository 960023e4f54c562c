import { describe, expect, it } from "vitest";
import { deadlineChange, describeDeadlineChange } from "@/lib/domain/deadline-change";
import { es } from "@/lib/messages/es";

describe("a deadline's move in Spanish", () => {
  it("is told by the same rule as in English, with the dates as a Spanish reader writes them", () => {
    const before = { date: "2025-12-01", precision: "MONTH" as const };
    const after = { date: "2026-06-01", precision: "MONTH" as const };
    const moved = deadlineChange(before, after, "es");
    expect(es.history.deadlineChange[moved.kind](moved.from, moved.to)).toBe("extendido de diciembre de 2025 a junio de 2026");
    expect(describeDeadlineChange(before, after)).toBe("extended from December 2025 to June 2026");
    const back = deadlineChange(after, before, "es");
    expect(es.history.deadlineChange[back.kind](back.from, back.to)).toBe("adelantado de junio de 2026 a diciembre de 2025");
  });
});
