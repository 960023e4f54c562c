import "server-only";
import { db } from "../db/client";
import { SOURCE_LOCALE, withLocalizedTitle, type Locale } from "../domain/localized-text";
import { markPassages, sourceBlocks } from "../domain/source-text";
import type { CommitmentStatus } from "../generated/prisma/enums";
import { cachedPublicRead } from "./public-cache";

/** What a mark links to: the commitment that came from the passage, or the commitment the passage reports on. */
export type PassageTarget = { key: string; title: string; titleLang: Locale; status: CommitmentStatus; report: boolean };

/** A mark's key: the commitment's own key (its passage's anchor), or report-<entry id> for a report on one. */
export const reportMarkKey = (updateId: string) => `report-${updateId}`;

/**
 * A source document as the public reads it: its full text, block by block, with the passage of every public
 * commitment that came from it and of every public report on a commitment marked, and what each mark links to.
 */
async function loadGetPublicSource(key: string, locale: Locale = SOURCE_LOCALE) {
  const declaration = await db().declaration.findUnique({
    where: { key },
    select: {
      key: true, meetingName: true, meetingDate: true, meetingPlace: true, sourceTitle: true, sourceUrl: true,
      sourcePublisher: true, sourceLang: true, publishedAt: true, sourceMarkdown: true,
      framework: { select: { key: true, name: true, shortName: true } },
      commitments: { where: { archivedAt: null }, orderBy: { position: "asc" },
        select: { key: true, title: true, status: true, sourceText: true,
          translations: { select: { locale: true, title: true } } } },
      reports: { where: { visibility: "PUBLIC", commitment: { archivedAt: null } }, orderBy: { createdAt: "asc" },
        select: { id: true, reportPassage: true, commitment: { select: { key: true, title: true, status: true,
          translations: { select: { locale: true, title: true } } } } } },
    },
  });
  if (!declaration || declaration.sourceMarkdown === "") return null;
  const { sourceMarkdown, commitments, reports, ...fields } = declaration;
  const targets = new Map<string, PassageTarget>([
    ...commitments.map(({ sourceText: _quoted, ...commitment }) =>
      [commitment.key, { ...withLocalizedTitle(commitment, locale), report: false }] as const),
    ...reports.map((report) => [reportMarkKey(report.id), { ...withLocalizedTitle(report.commitment, locale), report: true }] as const),
  ]);
  const marked = markPassages(sourceBlocks(sourceMarkdown), [
    ...commitments.map((commitment) => ({ key: commitment.key, text: commitment.sourceText })),
    ...reports.map((report) => ({ key: reportMarkKey(report.id), text: report.reportPassage ?? "" })),
  ]);
  return { ...fields, ...marked, commitments: targets };
}
export type PublicSource = NonNullable<Awaited<ReturnType<typeof loadGetPublicSource>>>;

export const getPublicSource = cachedPublicRead("getPublicSource", loadGetPublicSource);
