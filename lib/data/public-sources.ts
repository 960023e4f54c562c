import "server-only";
import { db } from "../db/client";
import { SOURCE_LOCALE, withLocalizedTitle, type Locale } from "../domain/localized-text";
import { markPassages, sourceBlocks } from "../domain/source-text";
import { cachedPublicRead } from "./public-cache";

/**
 * A source document as the public reads it: its full text, block by block, with the passage of every public
 * commitment that came from it marked, and the commitments themselves (key, title, status) for the marks' links.
 */
async function loadGetPublicSource(key: string, locale: Locale = SOURCE_LOCALE) {
  const declaration = await db().declaration.findUnique({
    where: { key },
    select: {
      key: true, name: true, meetingName: true, meetingDate: true, sourceTitle: true, sourceUrl: true,
      sourcePublisher: true, sourceLang: true, publishedAt: true, sourceMarkdown: true,
      commitments: { where: { archivedAt: null }, orderBy: { position: "asc" },
        select: { key: true, title: true, status: true, sourceText: true,
          translations: { select: { locale: true, title: true } } } },
    },
  });
  if (!declaration || declaration.sourceMarkdown === "") return null;
  const { sourceMarkdown, commitments, ...fields } = declaration;
  const marked = markPassages(sourceBlocks(sourceMarkdown),
    commitments.map((commitment) => ({ key: commitment.key, text: commitment.sourceText })));
  return {
    ...fields,
    ...marked,
    commitments: new Map(commitments.map(({ sourceText: _quoted, ...commitment }) =>
      [commitment.key, withLocalizedTitle(commitment, locale)])),
  };
}
export type PublicSource = NonNullable<Awaited<ReturnType<typeof loadGetPublicSource>>>;

export const getPublicSource = cachedPublicRead("getPublicSource", loadGetPublicSource);
