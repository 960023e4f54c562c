import { describe, expect, it } from "vitest";
import { foldSearchText } from "@/lib/domain/search-fold";
import { REFUSAL_KINDS } from "@/lib/domain/write-result";
import { fieldsWithNul } from "@/lib/validation/form-data";
import { updateRuleErrors } from "@/lib/domain/update-rules";
import { bulkStatusInput } from "@/lib/validation/bulk-status";
import { commitmentFormInput, ZCommitmentFields } from "@/lib/validation/commitment";
import { userFormInput } from "@/lib/validation/user";

describe("a search query", () => {
  it("is folded as the database folds the text it searches: accents dropped, compatibility forms decomposed, lower case", () => {
    expect(foldSearchText("Perú")).toBe("peru");
    expect(foldSearchText("PERU\u0301")).toBe("peru");
    expect(foldSearchText("ﬁscal Bogotá")).toBe("fiscal bogota");
    expect(foldSearchText("Ω ü")).toBe("ω u");
  });
});

describe("the write pipeline's refusals", () => {
  it("knows each kind of refusal a write may answer with, and nothing else", () => {
    expect([...REFUSAL_KINDS].sort()).toEqual(["conflict", "forbidden", "invalid", "not-found", "refused"]);
  });
});

describe("form fields holding a NUL", () => {
  it("are named, and only they", () => {
    expect(fieldsWithNul({ title: "a\u0000b", note: "fine", reason: "" })).toEqual(["title"]);
    expect(fieldsWithNul({ note: "fine" })).toEqual([]);
  });
});

describe("a correction", () => {
  const facts = { fromStatus: "IN_PROGRESS" as const, toStatus: "IN_PROGRESS" as const, statusReason: "", note: "",
    evidenceCount: 0, noEvidence: false, deadlineChanges: 0, valueReached: false, corrects: false };

  it("must say in its note what it corrects", () => {
    expect(updateRuleErrors({ ...facts, corrects: true })).toEqual({
      note: ["Say in the note what the correction is; the entry it corrects stays as it was."] });
    expect(updateRuleErrors({ ...facts, corrects: true, note: "The figure was 1,200, not 12,000." })).toEqual({});
  });

  it("records something when it only adds evidence", () => {
    expect(updateRuleErrors({ ...facts, evidenceCount: 1 })).toEqual({});
  });
});

describe("list fields of a form", () => {
  /** A form whose list field holds a file beside the texts, as a crafted request may send. */
  const withFile = (name: string, texts: string[]) => {
    const form = new FormData();
    form.append(name, new Blob(["x"]), "x.txt");
    for (const text of texts) form.append(name, text);
    return form;
  };

  it("keep only their text values: the bulk selection, the partner countries and a user's scope", () => {
    expect(bulkStatusInput(withFile("selected", ["c1:3"])).selected).toEqual(["c1:3"]);
    expect(commitmentFormInput(withFile("partnerCountries", ["PA", "MX"])).partnerCountries).toEqual(["PA", "MX"]);
    expect(userFormInput(withFile("countryCodes", ["CR"])).countryCodes).toEqual(["CR"]);
  });
});

describe("a Spanish title", () => {
  it("takes three characters or more, or none", () => {
    const titleEs = ZCommitmentFields.shape.titleEs;
    expect(titleEs.safeParse("Paz").success).toBe(true);
    expect(titleEs.safeParse("").success).toBe(true);
    expect(titleEs.safeParse("Pa").success).toBe(false);
  });
});
