import { describe, expect, it } from "vitest";
import { closedWithoutEvidence, updateRuleErrors, type UpdateFacts } from "@/lib/domain/update-rules";

const base: UpdateFacts = {
  fromStatus: "IN_PROGRESS", toStatus: "IN_PROGRESS", statusReason: "", note: "", evidenceCount: 0,
  noEvidence: false, deadlineChanges: 0, valueReached: false, corrects: false,
};

describe("updateRuleErrors", () => {
  it("asks for a reason when the status changes", () => {
    expect(updateRuleErrors({ ...base, toStatus: "AT_RISK" }).statusReason?.[0]).toMatch(/Say why the status changes/);
    expect(updateRuleErrors({ ...base, toStatus: "AT_RISK", statusReason: "Funding paused" })).toEqual({});
  });

  it.each(["COMPLETED", "PARTLY_COMPLETED", "DISCONTINUED"] as const)(
    "asks for evidence, or a plain statement that there is none, on a change to %s", (toStatus) => {
      const facts = { ...base, toStatus, statusReason: "Decree published" };
      expect(updateRuleErrors(facts).evidenceUrls?.[0]).toMatch(/No evidence link available/);
      expect(updateRuleErrors({ ...facts, evidenceCount: 1 })).toEqual({});
      expect(updateRuleErrors({ ...facts, noEvidence: true })).toEqual({});
    });

  it("refuses an update that records nothing", () => {
    expect(updateRuleErrors(base).note?.[0]).toMatch(/Nothing to record/);
    expect(updateRuleErrors({ ...base, note: "Met the ministry" })).toEqual({});
    expect(updateRuleErrors({ ...base, deadlineChanges: 1 })).toEqual({});
  });
});

describe("closedWithoutEvidence", () => {
  it("flags a change to completed with no link, and nothing else", () => {
    expect(closedWithoutEvidence({ newStatus: "COMPLETED", evidenceUrls: [] })).toBe(true);
    expect(closedWithoutEvidence({ newStatus: "COMPLETED", evidenceUrls: ["https://example.org"] })).toBe(false);
    expect(closedWithoutEvidence({ newStatus: "IN_PROGRESS", evidenceUrls: [] })).toBe(false);
    expect(closedWithoutEvidence({ newStatus: null, evidenceUrls: [] })).toBe(false);
  });
});
