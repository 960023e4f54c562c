import "server-only";
import { listFeedUpdates } from "../data/public-feed";
import { encodeAtom } from "../domain/atom";
import { publicUpdatesFeed, type FeedScope } from "../domain/update-feed";
import type { Locale } from "../domain/localized-text";
import { localePath } from "../i18n/paths";
import { catalogue } from "../messages/catalogue";
import type { Answer } from "./responses";

/** The latest public updates in a scope as an Atom answer; `origin` is where the reader reached the site. */
export async function publicFeed(scope: FeedScope, origin: string, locale: Locale): Promise<Answer> {
  // /es/feed.xml is this handler with the Spanish locale (proxy.ts): its titles and links are Spanish, its ids the same.
  const language = { locale, pathPrefix: localePath(locale, "/").replace(/\/$/, ""), titles: catalogue(locale).feed };
  return { atom: encodeAtom(publicUpdatesFeed(scope, await listFeedUpdates(scope), origin, language)) };
}
