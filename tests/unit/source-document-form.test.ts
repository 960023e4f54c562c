import { describe, expect, it } from "vitest";
import { sourceDocumentFormInput, ZPassageReport, ZSourceDocument } from "@/lib/validation/source-document";

const valid = {
  frameworkKey: "la-declaration", key: "la-declaration-2025-ministerial", title: "Fact sheet on the ministerial",
  publisher: "The White House", url: "https://www.whitehouse.gov/fact-sheet", publishedOn: "2025-09-30",
  meetingName: "LA Declaration ministerial", meetingDate: "2025-09-29", meetingPlace: "Guatemala City",
  text: "The countries of the declaration met and agreed on the following.",
};
/** The message zod gives for the one field changed, by field name. */
const problems = (changes: Record<string, string>) => {
  const result = ZSourceDocument.safeParse({ ...valid, ...changes });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("registering a source document", () => {
  it("takes a complete document, trimmed", () => {
    expect(ZSourceDocument.parse({ ...valid, key: "  la-2025 ", meetingPlace: "" })).toEqual({ ...valid, key: "la-2025", meetingPlace: "" });
  });

  it("refuses each field that is missing or malformed with words that say what to give", () => {
    expect(problems({ frameworkKey: " " })).toEqual({ frameworkKey: "Choose the framework the document belongs to." });
    expect(problems({ key: "LA 2025" })).toEqual({ key: "Use lower-case letters, digits and hyphens, such as la-declaration-2025-ministerial." });
    expect(problems({ key: "a".repeat(81) })).toEqual({ key: "A key has at most 80 characters." });
    expect(problems({ title: "Hi" })).toEqual({ title: "Give the document's title as published." });
    expect(problems({ title: "Fact sheet \u202Eevil" })).toEqual({ title: "Remove the invisible direction marks (such as " +
      "U+202E) from the title; they make text read backwards." });
    expect(problems({ publisher: "" })).toEqual({ publisher: "Say who published it (such as The White House)." });
    expect(problems({ url: "www.whitehouse.gov" })).toEqual({ url: "Give the address where it was published, starting with https://." });
    expect(problems({ url: "https://localhost" })).toEqual({ url: "Give the address where it was published, starting with https://." });
    expect(problems({ publishedOn: "2025-02-30" })).toEqual({ publishedOn: "Give the publication date as a date, such as 2025-09-30." });
    expect(problems({ meetingName: "" })).toEqual({ meetingName: "Name the meeting the document reports." });
    expect(problems({ meetingDate: "30/09/2025" })).toEqual({ meetingDate: "Give the meeting's date as a date, such as 2025-09-30." });
    expect(problems({ text: "Too short." })).toEqual({ text: "Paste the document's full text as published." });
  });

  it("takes http and https addresses, in any case", () => {
    expect(problems({ url: "HTTP://example.org/a" })).toEqual({});
  });
});

describe("a passage reported against a commitment", () => {
  it("needs a document key, a commitment and the passage", () => {
    expect(ZPassageReport.safeParse({ documentKey: "la-2025", commitmentKey: "cr-offices", passage: "Costa Rica opened." }).success)
      .toBe(true);
    const result = ZPassageReport.safeParse({ documentKey: "la-2025", commitmentKey: "", passage: " " });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message))
      .toEqual(["Choose the commitment the passage reports on.", "Select or paste the passage first."]);
  });
});

describe("the source document form", () => {
  it("reads each field by its name, and an absent or file field as empty", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...valid, documentKey: "la-2025", commitmentKey: "cr-offices", passage: "P" })) {
      form.set(name, value);
    }
    expect(sourceDocumentFormInput(form)).toEqual({ ...valid, documentKey: "la-2025", commitmentKey: "cr-offices", passage: "P" });
    const partial = new FormData();
    partial.set("text", new Blob(["binary"]));
    expect(sourceDocumentFormInput(partial)).toEqual({ frameworkKey: "", key: "", title: "", publisher: "", url: "",
      publishedOn: "", meetingName: "", meetingDate: "", meetingPlace: "", text: "", documentKey: "", commitmentKey: "", passage: "" });
  });
});
