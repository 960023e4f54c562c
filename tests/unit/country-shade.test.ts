import { describe, expect, it } from "vitest";
import { predominantStatus } from "@/lib/domain/country-shade";

describe("predominantStatus", () => {
  it("is the status most of a country's commitments have", () => {
    expect(predominantStatus({ NOT_STARTED: 1, IN_PROGRESS: 4, COMPLETED: 2 })).toBe("IN_PROGRESS");
  });

  it("breaks a tie toward the less advanced status", () => {
    expect(predominantStatus({ COMPLETED: 2, AT_RISK: 2 })).toBe("AT_RISK");
  });

  it("is null for a country with no commitment", () => {
    expect(predominantStatus({})).toBeNull();
    expect(predominantStatus({ COMPLETED: 0 })).toBeNull();
  });
});
