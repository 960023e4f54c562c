import "server-only";
import { db } from "../db/client";
import { canManageCommitments, type Actor } from "../domain/permissions";
import { markPassages, sourceBlocks } from "../domain/source-text";
import { checkQuote } from "../domain/verbatim-quote";
import type { WriteRefusal } from "../domain/write-result";
import { Prisma } from "../generated/prisma/client";
import { messages, type Catalogue } from "../messages/en";
import type { TPassageReport, TSourceDocument } from "../validation/source-document";
import { VersionConflict } from "./version-conflict";

/** `title`: the document registered, or the commitment a passage now reports on (the action says it in words). */
export type SourceWriteResult = { kind: "saved"; key: string; title: string } | WriteRefusal;

/**
 * What is wrong with a quote of the document whose text this is, in the reader's words, or null when it stands there
 * word for word. A document with no text stored (one seeded before texts were kept) has nothing to check against.
 */
export function quoteChecker(markdown: string, t: Pick<Catalogue, "sources"> = messages): (quote: string) => string | null {
  if (markdown === "") return () => null;
  let blocks: ReturnType<typeof sourceBlocks> | undefined;
  return (quote) => {
    const check = checkQuote((blocks ??= sourceBlocks(markdown)), quote);
    return check.ok ? null : t.sources.quoteDiffers(check.quoted, check.document, check.at);
  };
}

/** The frameworks a document can be registered under. */
export async function listFrameworkChoices() {
  return db().framework.findMany({ orderBy: { key: "asc" }, select: { key: true, name: true, shortName: true } });
}

/** Every document with its framework and the share of its sentences that a commitment or a report accounts for. */
export async function listSourceDocuments() {
  const rows = await db().declaration.findMany({ orderBy: [{ publishedAt: "desc" }, { key: "asc" }],
    select: { key: true, sourceTitle: true, publishedAt: true, sourceMarkdown: true,
      framework: { select: { shortName: true, name: true } },
      commitments: { where: { archivedAt: null }, select: { key: true, sourceText: true } },
      reports: { select: { id: true, reportPassage: true } } } });
  return rows.map(({ sourceMarkdown, commitments, reports, ...row }) => {
    const marked = markPassages(sourceBlocks(sourceMarkdown), [
      ...commitments.map((commitment) => ({ key: commitment.key, text: commitment.sourceText })),
      ...reports.map((report) => ({ key: report.id, text: report.reportPassage ?? "" })),
    ]);
    return { ...row, framework: row.framework.shortName || row.framework.name, sentences: marked.sentences,
      sentencesMarked: marked.sentencesMarked };
  });
}

/**
 * Registers a document under a framework with its full text as pasted. Its publication date is stored at noon UTC,
 * which is the same calendar day in every time zone the site may be set to.
 */
export async function registerSourceDocument(actor: Actor, input: TSourceDocument): Promise<SourceWriteResult> {
  if (!canManageCommitments(actor)) return { kind: "forbidden" };
  const framework = await db().framework.findUnique({ where: { key: input.frameworkKey }, select: { id: true } });
  if (!framework) return { kind: "invalid", fieldErrors: { frameworkKey: [messages.sources.unknownFramework] } };
  try {
    await db().declaration.create({ data: {
      key: input.key, frameworkId: framework.id, sourceTitle: input.title, sourcePublisher: input.publisher,
      sourceUrl: input.url, publishedAt: new Date(`${input.publishedOn}T12:00:00Z`), meetingName: input.meetingName,
      meetingDate: new Date(`${input.meetingDate}T00:00:00Z`), meetingPlace: input.meetingPlace,
      sourceMarkdown: input.text.replace(/\r\n?/g, "\n"),
    } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { kind: "invalid", fieldErrors: { key: [messages.sources.documentKeyTaken] } };
    }
    throw error;
  }
  return { kind: "saved", key: input.key, title: input.title };
}

/**
 * Links a passage of a document to a commitment as a progress report on it: a public history entry that quotes the
 * passage, checked word for word against the document, written against the commitment's version like any update.
 */
export async function linkPassageAsReport(actor: Actor, input: TPassageReport,
  t: Pick<Catalogue, "sources"> = messages): Promise<SourceWriteResult> {
  if (!canManageCommitments(actor)) return { kind: "forbidden" };
  const [document, commitment] = await Promise.all([
    db().declaration.findUnique({ where: { key: input.documentKey }, select: { id: true, sourceTitle: true, sourceMarkdown: true } }),
    db().commitment.findFirst({ where: { key: input.commitmentKey, archivedAt: null }, select: { id: true, title: true, version: true } }),
  ]);
  if (!document) return { kind: "not-found" };
  if (!commitment) return { kind: "invalid", fieldErrors: { commitmentKey: [messages.sources.unknownCommitment] } };
  if (document.sourceMarkdown === "") return { kind: "invalid", fieldErrors: { passage: [messages.sources.noText] } };
  const problem = quoteChecker(document.sourceMarkdown, t)(input.passage);
  if (problem) return { kind: "invalid", fieldErrors: { passage: [problem] } };
  const passage = input.passage.replace(/\s+/g, " ");
  try {
    await db().$transaction(async (tx) => {
      const now = new Date();
      const claimed = await tx.commitment.updateMany({ where: { id: commitment.id, version: commitment.version },
        data: { version: { increment: 1 }, lastUpdateAt: now } });
      if (claimed.count === 0) throw new VersionConflict();
      await tx.progressUpdate.create({ data: {
        commitmentId: commitment.id, authorId: actor.id, source: "STAFF", visibility: "PUBLIC", createdAt: now,
        version: commitment.version + 1, note: `${messages.sources.reportNote(document.sourceTitle)} “${passage}”`,
        evidenceUrls: [], reportDocumentId: document.id, reportPassage: passage,
      } });
    });
  } catch (error) {
    // Someone saved the commitment between the read and the write: the report is simply written again on top.
    if (error instanceof VersionConflict) return linkPassageAsReport(actor, input, t);
    throw error;
  }
  return { kind: "saved", key: input.documentKey, title: commitment.title };
}
