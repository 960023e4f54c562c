import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { awaitDataGeneration } from "../support/data-generation";
import { postedFrom, signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

/**
 * Staff take in a new document (issue 16): register it with its pasted text under the framework, make a commitment
 * from a passage (the quote checked word for word), link another passage to a commitment as a progress report, and
 * chain the new commitment to the one it continues; the public source page, the API and the history follow.
 */
const { registerSourceDocumentAction, linkPassageAsReportAction } = await import("@/app/(site)/admin/sources/actions");
const { createCommitmentAction } = await import("@/app/(site)/admin/commitments/manage-actions");
const detailRoute = await import("@/app/api/commitments/[slug]/route");
const { getPublicSource, reportMarkKey } = await import("@/lib/data/public-sources");
const { listSourceDocuments } = await import("@/lib/data/source-documents");

const database = useTestDatabase();
let admin: { id: string; sessionVersion: number };
let editor: { id: string; sessionVersion: number };

const KEPT = "Costa Rica will keep the Safe Mobility Offices open until December 2026.";
const TEXT = `The endorsing countries met again in a test city that exists nowhere.

${KEPT} Nowhere will open a test office in 2027.

-   Uruguay reported that **20,000** non-citizens received legal status under its decrees.
`;
const REPORT = "Uruguay reported that 20,000 non-citizens received legal status under its decrees.";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const DOCUMENT = { frameworkKey: "los-angeles-declaration-on-migration-and-protection", key: "test-later-fact-sheet",
  title: "Test fact sheet of a later meeting", publisher: "A test ministry", url: "https://example.org/later",
  publishedOn: "2025-10-02", meetingName: "A later test meeting", meetingDate: "2025-10-01", meetingPlace: "Test City",
  text: TEXT };

const commitmentFields = (key: string, sourceText: string, declarationId: string) => ({
  key, declarationId, title: "Costa Rica keeps the offices open another year", description: "The offices stay open.",
  sourceText, sourceSection: "Pathways", pillarId: "", type: "PROGRAM", leadCountry: "CR", collectiveActor: "", parentKey: "",
  continuesKey: "cr-safe-mobility-offices-extension", continuation: "EXTENDS",
});

const get = (url: string) => new NextRequest(`http://localhost${url}`);
const detail = async (key: string) =>
  (await detailRoute.GET(get(`/api/commitments/${key}`), { params: Promise.resolve({ slug: key }) })).json();

beforeAll(async () => {
  admin = await makeUser(database.prisma, "ADMIN");
  editor = await makeUser(database.prisma, "EDITOR", { all: true });
});

describe("taking in a new document", () => {
  it("is refused to an editor, whose text comes back", async () => {
    signInAs(editor);
    const answer = await registerSourceDocumentAction({}, form(DOCUMENT));
    expect(answer.ok).toBe(false);
    expect(answer.values?.title).toBe(DOCUMENT.title);
    expect(await database.prisma.declaration.count({ where: { key: DOCUMENT.key } })).toBe(0);
  });

  it("registers the document under the framework with its text as pasted, and refuses its key a second time", async () => {
    signInAs(admin);
    await expect(registerSourceDocumentAction({}, form(DOCUMENT))).rejects.toMatchObject({
      digest: expect.stringContaining(`/admin/sources/${DOCUMENT.key}?registered=1`) });
    const stored = await database.prisma.declaration.findUniqueOrThrow({ where: { key: DOCUMENT.key },
      include: { framework: true } });
    expect(stored).toMatchObject({ sourceTitle: DOCUMENT.title, sourcePublisher: "A test ministry", meetingPlace: "Test City",
      sourceMarkdown: TEXT.trim(), framework: { shortName: "Los Angeles Declaration" } });
    expect(stored.publishedAt.toISOString()).toBe("2025-10-02T12:00:00.000Z");
    const again = await registerSourceDocumentAction({}, form({ ...DOCUMENT, url: "not an address" }));
    expect(again.fieldErrors?.url?.[0]).toMatch(/starting with https:/);
    const taken = await registerSourceDocumentAction({}, form(DOCUMENT));
    expect(taken.fieldErrors?.key).toEqual(["Another document has this key; keys never change, so pick another."]);
    expect(taken.values?.text).toBe(TEXT);
  });

  it("makes a commitment from a passage quoted word for word, and refuses a changed word naming where it differs", async () => {
    signInAs(admin);
    const document = await database.prisma.declaration.findUniqueOrThrow({ where: { key: DOCUMENT.key } });
    const changed = await createCommitmentAction({}, form(commitmentFields("cr-offices-2026",
      KEPT.replace("keep", "leave"), document.id)));
    expect(changed.fieldErrors?.sourceText).toEqual([
      "Not the document's words: at character 17 the quote has “will leave” where the document has “will keep”."]);
    expect(changed.values?.sourceText).toBe(KEPT.replace("keep", "leave"));
    await expect(createCommitmentAction({}, form(commitmentFields("cr-offices-2026", KEPT, document.id))))
      .rejects.toMatchObject({ digest: expect.stringContaining("/admin/commitments/cr-offices-2026") });
    expect(await database.prisma.commitment.findUniqueOrThrow({ where: { key: "cr-offices-2026" },
      select: { declarationId: true, continuation: true } })).toEqual({ declarationId: document.id, continuation: "EXTENDS" });
  });

  it("says where a quote differs in the language of the page the form was posted from", async () => {
    signInAs(admin);
    const document = await database.prisma.declaration.findUniqueOrThrow({ where: { key: DOCUMENT.key } });
    postedFrom.locale = "es";
    try {
      const changed = await createCommitmentAction({}, form(commitmentFields("cr-offices-2026-es",
        KEPT.replace("keep", "leave"), document.id)));
      expect(changed.fieldErrors?.sourceText).toEqual([
        "No son las palabras del documento: en el carácter 17 la cita dice “will leave” donde el documento dice “will keep”."]);
      const report = await linkPassageAsReportAction({}, form({ documentKey: DOCUMENT.key,
        commitmentKey: "uy-regularization-decrees", passage: REPORT.replace("20,000", "25,000") }));
      expect(report.fieldErrors?.passage?.[0]).toMatch(/^No son las palabras del documento: .* la cita dice “that 25,000”/);
    } finally {
      postedFrom.locale = "en";
    }
  });

  it("links a passage to a commitment that exists as a public progress report quoting it, and refuses a changed one", async () => {
    signInAs(admin);
    const before = await database.prisma.commitment.findUniqueOrThrow({ where: { key: "uy-regularization-decrees" } });
    const changed = await linkPassageAsReportAction({}, form({ documentKey: DOCUMENT.key,
      commitmentKey: "uy-regularization-decrees", passage: REPORT.replace("20,000", "25,000") }));
    expect(changed.fieldErrors?.passage?.[0]).toMatch(/the quote has “that 25,000” where the document has “that 20,000”/);
    const linked = await linkPassageAsReportAction({}, form({ documentKey: DOCUMENT.key,
      commitmentKey: "uy-regularization-decrees", passage: REPORT }));
    expect(linked).toMatchObject({ ok: true });
    const entry = await database.prisma.progressUpdate.findFirstOrThrow({ where: { commitmentId: before.id },
      orderBy: { version: "desc" } });
    expect(entry).toMatchObject({ visibility: "PUBLIC", version: before.version + 1, reportPassage: REPORT,
      note: `Reported in ${DOCUMENT.title}. “${REPORT}”` });
  });

  it("shows both passages marked on the public source page and the share of sentences accounted for", async () => {
    await awaitDataGeneration(database.url);
    const source = await getPublicSource(DOCUMENT.key);
    expect(source?.unmatched).toEqual([]);
    expect([source?.sentencesMarked, source?.sentences]).toEqual([2, 4]);
    const marks = source!.blocks.flatMap((block) => block.segments.filter((segment) => segment.keys.length > 0));
    expect(marks.map((segment) => segment.text)).toEqual([KEPT, REPORT]);
    const report = await database.prisma.progressUpdate.findFirstOrThrow({ where: { reportPassage: REPORT } });
    expect(source!.commitments.get(reportMarkKey(report.id))).toMatchObject({ key: "uy-regularization-decrees", report: true });
    expect((await listSourceDocuments()).find((row) => row.key === DOCUMENT.key))
      .toMatchObject({ framework: "Los Angeles Declaration", sentences: 4, sentencesMarked: 2 });
  });

  it("gives the chain in the API on both commitments", async () => {
    await awaitDataGeneration(database.url);
    expect((await detail("cr-offices-2026")).continues).toMatchObject({ key: "cr-safe-mobility-offices-extension",
      relation: "extends" });
    expect((await detail("cr-safe-mobility-offices-extension")).continued_by).toEqual([expect.objectContaining({
      key: "cr-offices-2026", relation: "extends", source_key: DOCUMENT.key, source_title: DOCUMENT.title })]);
  });
});
