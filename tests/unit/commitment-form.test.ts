import { describe, expect, it } from "vitest";
import { commitmentFormInput, ZCommitmentArchive, ZCommitmentCreate, ZCommitmentEdit } from "@/lib/validation/commitment";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

type Parsed = { error?: { issues: { path: PropertyKey[]; message: string }[] } };
function messages(result: Parsed) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const fields = { title: "Panama opens a visa route", description: "A new route.", sourceText: "Panama will…",
  sourceSection: "", pillarId: "", type: "POLICY_OR_LAW", leadCountry: "PA", partnerCountries: ["CR"],
  collectiveActor: "", parentKey: "" };

describe("the commitment form", () => {
  it("reads every field, the partner list and the archive flag", () => {
    const entries: [string, string][] = [["key", "pa-visa"], ["declarationId", "d1"], ["commitmentId", "c1"],
      ["expectedVersion", "2"], ["title", "T"], ["description", "D"], ["titleEs", "TE"], ["descriptionEs", "DE"], ["sourceText", "S"], ["sourceSection", "Sec"],
      ["pillarId", "p1"], ["type", "FUNDING"], ["leadCountry", "PA"], ["partnerCountries", "CR"],
      ["partnerCountries", "MX"], ["collectiveActor", "C"], ["parentKey", "pa"], ["archive", "true"], ["reason", "R"]];
    expect(commitmentFormInput(form(entries))).toEqual({ key: "pa-visa", declarationId: "d1", commitmentId: "c1",
      expectedVersion: "2", title: "T", description: "D", titleEs: "TE", descriptionEs: "DE", sourceText: "S", sourceSection: "Sec", pillarId: "p1",
      type: "FUNDING", leadCountry: "PA", partnerCountries: ["CR", "MX"], collectiveActor: "C", parentKey: "pa",
      archive: true, reason: "R" });
    expect(commitmentFormInput(form([]))).toMatchObject({ key: "", archive: false, partnerCountries: [], titleEs: undefined,
      descriptionEs: undefined });
  });

  it("creates a commitment with a well-formed key and edits one at a known version", () => {
    expect(messages(ZCommitmentCreate.safeParse({ ...fields, key: " pa-new-visa-rule ", declarationId: "d1" }))).toEqual([]);
    for (const key of ["PA-visa", "pa--visa", "-pa", "pa_visa", "pa-"]) {
      expect(messages(ZCommitmentCreate.safeParse({ ...fields, key, declarationId: "d1" }))).toEqual([
        "key: Use lower-case letters, digits and hyphens, such as pa-new-visa-rule."]);
    }
    expect(messages(ZCommitmentCreate.safeParse({ ...fields, key: "a".repeat(61), declarationId: "d1" }))).toEqual([
      "key: A key has at most 60 characters."]);
    expect(ZCommitmentEdit.safeParse({ ...fields, commitmentId: "c1", expectedVersion: "0" }).success).toBe(false);
    expect(ZCommitmentEdit.parse({ ...fields, commitmentId: "c1", expectedVersion: "3" }).expectedVersion).toBe(3);
  });

  it("asks for a lead country or a collective actor, and not the lead again among the partners", () => {
    const edit = { ...fields, commitmentId: "c1", expectedVersion: "1" };
    expect(messages(ZCommitmentEdit.safeParse({ ...edit, leadCountry: "" }))).toEqual([
      "leadCountry: Name the lead country, or say who acts together (such as \"the endorsing countries\")."]);
    expect(messages(ZCommitmentEdit.safeParse({ ...edit, leadCountry: "", partnerCountries: [],
      collectiveActor: "Endorsing countries" }))).toEqual([]);
    expect(messages(ZCommitmentEdit.safeParse({ ...edit, partnerCountries: ["CR", "PA"] }))).toEqual([
      "partnerCountries: The lead country is not also a partner."]);
    expect(messages(ZCommitmentEdit.safeParse({ ...edit, partnerCountries: ["cr"] }))).toEqual([
      "partnerCountries.0: Choose countries from the list."]);
  });

  it("gives each text field its limit and minimum", () => {
    const edit = { ...fields, commitmentId: "c1", expectedVersion: "1" };
    expect(messages(ZCommitmentEdit.safeParse({ ...edit, title: "ab", description: " ", sourceText: "",
      type: "OTHER" }))).toEqual([
      "title: Give the commitment a title of at least 3 characters.",
      "description: Describe the commitment in a sentence or two.",
      "sourceText: Quote the source's words, so readers can check them.",
      "type: Choose what kind of commitment this is."]);
    expect(messages(ZCommitmentEdit.safeParse({ ...edit, title: "t".repeat(201), collectiveActor: "c".repeat(201),
      parentKey: "Not a key" }))).toEqual([
      "title: A title has at most 200 characters.", "collectiveActor: At most 200 characters.",
      "parentKey: Choose the parent from the list."]);
  });

  it("takes a Spanish title and description, or none, with limits of their own", () => {
    const edit = { ...fields, commitmentId: "c1", expectedVersion: "1" };
    const parsed = ZCommitmentEdit.parse(edit);
    expect([parsed.titleEs, parsed.descriptionEs]).toEqual([undefined, undefined]);
    expect(ZCommitmentEdit.parse({ ...edit, titleEs: " ", descriptionEs: "" })).toMatchObject({ titleEs: "", descriptionEs: "" });
    expect(ZCommitmentEdit.parse({ ...edit, titleEs: " Panamá abre una vía de visa ", descriptionEs: " Una vía nueva. " }))
      .toMatchObject({ titleEs: "Panamá abre una vía de visa", descriptionEs: "Una vía nueva." });
    expect(messages(ZCommitmentEdit.safeParse({ ...edit, titleEs: "ab", descriptionEs: "d".repeat(5_001) }))).toEqual([
      "titleEs: Give the Spanish title at least 3 characters, or leave it empty.",
      "descriptionEs: A Spanish description has at most 5,000 characters."]);
    expect(messages(ZCommitmentEdit.safeParse({ ...edit, titleEs: "t".repeat(201) }))).toEqual([
      "titleEs: A Spanish title has at most 200 characters."]);
    expect(messages(ZCommitmentEdit.safeParse({ ...edit, titleEs: "Título \u202Eoculto" }))).toEqual([
      "titleEs: Remove the invisible direction marks (such as U+202E) from the Spanish title; they make text read backwards."]);
  });

  it("archives only with a reason for the history", () => {
    const archive = { commitmentId: "c1", expectedVersion: "2", archive: true, reason: " " };
    expect(messages(ZCommitmentArchive.safeParse(archive))).toEqual(["reason: Say why, for the history."]);
    expect(ZCommitmentArchive.parse({ ...archive, reason: " Duplicate " }).reason).toBe("Duplicate");
  });
});
