import { describe, expect, it } from "vitest";
import { ZProgressUpdate } from "@/lib/validation/progress-update";
import { ZSignIn } from "@/lib/validation/user";

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const update = {
  commitmentId: "c1", expectedVersion: 1, status: "IN_PROGRESS", note: "", evidenceUrls: "", noEvidence: true,
  visibility: "PUBLIC", deadlines: [], valueReached: "", confirmEarlyDeadlines: false,
};

describe("length limits at their bound and one past it", () => {
  it("takes a status reason of 2,000 characters and refuses 2,001 with the limit in the message", () => {
    expect(messages(ZProgressUpdate.safeParse({ ...update, statusReason: "r".repeat(2_000) }))).toEqual([]);
    expect(messages(ZProgressUpdate.safeParse({ ...update, statusReason: "r".repeat(2_001) }))).toEqual([
      "statusReason: A reason has at most 2,000 characters."]);
  });

  it("stores a status reason without the spaces around it", () => {
    const parsed = ZProgressUpdate.parse({ ...update, statusReason: "  Funding delayed  " });
    expect(parsed.statusReason).toBe("Funding delayed");
  });

  it("asks for a sign-in password when none was typed", () => {
    expect(messages(ZSignIn.safeParse({ email: "a@example.org", password: "" }))).toEqual([
      "password: Enter your password."]);
  });

  it("takes a sign-in password of 256 characters and refuses 257 before it reaches argon2", () => {
    expect(messages(ZSignIn.safeParse({ email: "a@example.org", password: "p".repeat(256) }))).toEqual([]);
    expect(messages(ZSignIn.safeParse({ email: "a@example.org", password: "p".repeat(257) }))).toEqual([
      "password: A password has at most 256 characters."]);
  });
});
