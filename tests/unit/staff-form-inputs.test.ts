import { describe, expect, it } from "vitest";
import { progressUpdateInput, ZProgressUpdate } from "@/lib/validation/progress-update";
import { userFormInput } from "@/lib/validation/user";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("the progress update form", () => {
  it("reads every field, one deadline edit per deadline row, and leaves absent optional ids out", () => {
    const input = progressUpdateInput(form([
      ["commitmentId", "c1"], ["expectedVersion", "4"], ["status", "AT_RISK"], ["statusReason", "Late"],
      ["note", "A note"], ["evidenceUrls", "https://example.org/a"], ["noEvidence", "on"], ["visibility", "INTERNAL"],
      ["deadline.d1.value", "2026-06"], ["deadline.d1.precision", "MONTH"], ["deadline.d2.value", "2027"],
      ["deadline.d2.precision", "YEAR"], ["deadline.d3.precision", "DAY"], ["valueReached", "25,500"],
      ["confirmEarlyDeadlines", "on"], ["noteLang", "es"],
    ]));
    expect(input).toEqual({
      commitmentId: "c1", expectedVersion: "4", status: "AT_RISK", statusReason: "Late", note: "A note", noteLang: "es",
      evidenceUrls: "https://example.org/a", noEvidence: true, visibility: "INTERNAL",
      deadlines: [{ deadlineId: "d1", value: "2026-06", precision: "MONTH" },
        { deadlineId: "d2", value: "2027", precision: "YEAR" }],
      targetId: undefined, correctsId: undefined, valueReached: "25,500", confirmEarlyDeadlines: true,
    });
    const parsed = ZProgressUpdate.parse(input);
    expect(parsed.deadlines).toEqual([{ deadlineId: "d1", date: "2026-06-01", precision: "MONTH" },
      { deadlineId: "d2", date: "2027-01-01", precision: "YEAR" }]);
    expect(parsed.valueReached).toBe("25500");
    expect(parsed.evidenceUrls).toEqual(["https://example.org/a"]);
  });

  it("keeps the target and corrected entry when given, and reads an unticked box as no", () => {
    const input = progressUpdateInput(form([["targetId", "t1"], ["correctsId", "u1"]]));
    expect(input).toMatchObject({ targetId: "t1", correctsId: "u1", noEvidence: false, deadlines: [], note: "" });
    expect(progressUpdateInput(form([["confirmEarlyDeadlines", "on"]])).confirmEarlyDeadlines).toBe(true);
  });

  it("takes a value reached as a number with at most two decimals, and an empty one as none", () => {
    const base = progressUpdateInput(form([["commitmentId", "c1"], ["expectedVersion", "1"], ["status", "AT_RISK"],
      ["visibility", "PUBLIC"]]));
    const valueReached = (text: string) => {
      const parsed = ZProgressUpdate.safeParse({ ...base, valueReached: text });
      return parsed.success ? parsed.data.valueReached : parsed.error.issues.map((issue) => issue.message);
    };
    expect(valueReached("")).toBeUndefined();
    expect(valueReached("  ")).toBeUndefined();
    expect(valueReached("25.55")).toBe("25.55");
    const refused = ["Enter the value reached as a number, such as 25500 or 25,500."];
    for (const text of ["25.555", "12abc", "12.ab", "x12"]) expect(valueReached(text), text).toEqual(refused);
  });

  it("reads deadline rows by their exact field names, and confirms early deadlines only when ticked", () => {
    const input = progressUpdateInput(form([["deadline.d1.value", "2026"], ["xdeadline.d2.value", "2026"],
      ["deadline.d3.value.old", "2026"], ["confirmEarlyDeadlines", "off"]]));
    expect(input.deadlines.map((edit) => edit.deadlineId)).toEqual(["d1"]);
    expect(input.confirmEarlyDeadlines).toBe(false);
  });

  it("reads the note's language, English when the form does not say, and refuses any other", () => {
    const base = progressUpdateInput(form([["commitmentId", "c1"], ["expectedVersion", "1"], ["status", "AT_RISK"],
      ["visibility", "PUBLIC"]]));
    expect(ZProgressUpdate.parse(base).noteLang).toBe("en");
    expect(ZProgressUpdate.parse({ ...base, noteLang: "es" }).noteLang).toBe("es");
    for (const noteLang of ["fr", "ES", "es-CR"]) {
      expect(ZProgressUpdate.safeParse({ ...base, noteLang }).error?.issues.map((issue) => issue.message)).toEqual([
        "Choose the language the note is written in: English or Spanish."]);
    }
  });

  it("takes evidence as one link a line, only http and https, at most 10", () => {
    const base = progressUpdateInput(form([["commitmentId", "c1"], ["expectedVersion", "1"], ["status", "AT_RISK"],
      ["visibility", "PUBLIC"]]));
    const evidence = (text: string) => ZProgressUpdate.safeParse({ ...base, evidenceUrls: text });
    expect(evidence(" http://a.example \r\n\r\nhttps://b.example/x ").data?.evidenceUrls).toEqual([
      "http://a.example", "https://b.example/x"]);
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "ftp://a.example", "not a link", "https://"]) {
      expect(evidence(bad).error?.issues[0]?.message).toBe(
        "Each evidence link must be a full web address starting with http:// or https://.");
    }
    const eleven = Array.from({ length: 11 }, (_, i) => `https://e.example/${i}`).join("\n");
    expect(evidence(eleven).error?.issues[0]?.message).toBe("Give at most 10 evidence links.");
    expect(evidence(eleven.split("\n").slice(0, 10).join("\n")).success).toBe(true);
    expect(evidence(`https://e.example/${"x".repeat(2_000)}`).error?.issues[0]?.message).toBe(
      "A link has at most 2,000 characters.");
  });

  it("explains a deadline typed in the wrong shape, and a value reached that is not a number", () => {
    const base = progressUpdateInput(form([["commitmentId", "c1"], ["expectedVersion", "1"], ["status", "AT_RISK"],
      ["visibility", "PUBLIC"], ["deadline.d1.value", "June 2026"], ["deadline.d1.precision", "MONTH"],
      ["valueReached", "about 5"]]));
    const issues = ZProgressUpdate.safeParse(base).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(issues).toEqual(["deadlines.0.value: Write the date as YYYY-MM, e.g. 2026-06.",
      "valueReached: Enter the value reached as a number, such as 25500 or 25,500."]);
  });
});

describe("the user form", () => {
  it("reads the account fields, the scope lists and the disabled flag", () => {
    expect(userFormInput(form([["userId", "u1"], ["email", "a@example.org"], ["displayName", "Ana"], ["role", "EDITOR"],
      ["password", "pw"], ["countryCodes", "CR"], ["countryCodes", "MX"], ["pillarIds", "p1"], ["disabled", "true"], ["scopeAll", "true"]])))
      .toEqual({ userId: "u1", email: "a@example.org", displayName: "Ana", role: "EDITOR", password: "pw",
        countryCodes: ["CR", "MX"], pillarIds: ["p1"], all: true, disabled: true });
    expect(userFormInput(form([]))).toEqual({ userId: "", email: "", displayName: "", role: "", password: "",
      countryCodes: [], pillarIds: [], all: false, disabled: false });
    expect(userFormInput(form([["scopeAll", "true"]])).all).toBe(true);
  });
});
