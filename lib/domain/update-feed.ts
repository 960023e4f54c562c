import type { AtomFeed } from "./atom";
import type { Locale } from "./localized-text";
import { updateAuthor, updateHeadline, updateText, type SummarisedUpdate } from "./update-summary";

export type FeedUpdate = SummarisedUpdate & { id: string; createdAt: Date; commitment: { key: string; title: string } };

/** Which public list a feed follows: its HTML page and an id that names it wherever the site is served from. */
export type FeedScope =
  | { kind: "all"; framework: string }
  | { kind: "commitment"; key: string; title: string }
  | { kind: "country"; code: string; name: string };

// Tag URIs (RFC 4151) rather than URLs: an id must survive the site moving to another host, or readers show every
// entry again as new.
const TAG = "tag:pledgeboard,2024";

/** A feed in a language: its titles, and the prefix of the pages it links to (lib/i18n/paths.ts). */
export type FeedLanguage = {
  locale: Locale;
  pathPrefix: string;
  titles: { all: (framework: string) => string; commitment: (title: string) => string; country: (name: string) => string };
};

function describeScope(scope: FeedScope, titles: FeedLanguage["titles"]): { tag: string; title: string; path: string } {
  switch (scope.kind) {
    case "all":
      return { tag: "feed/all", title: titles.all(scope.framework), path: "/updates" };
    case "commitment":
      return { tag: `feed/commitment/${scope.key}`, title: titles.commitment(scope.title), path: `/commitments/${scope.key}` };
    case "country": {
      const code = scope.code.toLowerCase();
      return { tag: `feed/country/${code}`, title: titles.country(scope.name), path: `/countries/${code}` };
    }
  }
}

/**
 * The Atom feed of public updates in a scope; `origin` is where the reader reached the site. The same feed in
 * another language keeps every id, so a reader who subscribes to both, or switches, never sees an entry twice.
 */
export function publicUpdatesFeed(scope: FeedScope, updates: readonly FeedUpdate[], origin: string,
  language: FeedLanguage): AtomFeed {
  const { tag, title, path } = describeScope(scope, language.titles);
  const feedPath = scope.kind === "all" ? "/feed.xml" : `${path}/feed.xml`;
  const site = `${origin}${language.pathPrefix}`;
  return {
    id: `${TAG}:${tag}`,
    title,
    ...(language.locale === "en" ? {} : { lang: language.locale }),
    selfUrl: `${site}${feedPath}`,
    alternateUrl: `${site}${path}`,
    entries: updates.map((update) => ({
      id: `${TAG}:update/${update.id}`,
      title: updateHeadline(update.commitment.title, update),
      updated: update.createdAt,
      link: `${site}/commitments/${update.commitment.key}#entry-${update.id}`,
      author: updateAuthor(update),
      content: updateText(update),
    })),
  };
}
