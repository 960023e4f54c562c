import type { AtomFeed } from "./atom";
import { updateAuthor, updateHeadline, updateText, type SummarisedUpdate } from "./update-summary";

export type FeedUpdate = SummarisedUpdate & { id: string; createdAt: Date; commitment: { key: string; title: string } };

/** Which public list a feed follows: its HTML page and an id that names it wherever the site is served from. */
export type FeedScope =
  /** filter: the framework's or source document's key the feed keeps to, as its address gives it. */
  | { kind: "all"; framework: string; filter?: { parameter: "framework" | "source"; key: string } }
  /** chain: the keys of the commitments it continues or that continue it, whose updates the feed carries too. */
  | { kind: "commitment"; key: string; title: string; chain?: string[] }
  | { kind: "country"; code: string; name: string };

// Tag URIs (RFC 4151) rather than URLs: an id must survive the site moving to another host, or readers show every
// entry again as new.
const TAG = "tag:pledgeboard,2024";

function describeScope(scope: FeedScope): { tag: string; title: string; path: string } {
  switch (scope.kind) {
    case "all":
      return scope.filter
        ? { tag: `feed/${scope.filter.parameter}/${scope.filter.key}`, title: `${scope.framework} commitments: all public updates`,
          path: `/updates?${scope.filter.parameter}=${scope.filter.key}` }
        : { tag: "feed/all", title: `${scope.framework} commitments: all public updates`, path: "/updates" };
    case "commitment":
      return { tag: `feed/commitment/${scope.key}`, title: `Updates: ${scope.title}`, path: `/commitments/${scope.key}` };
    case "country": {
      const code = scope.code.toLowerCase();
      return { tag: `feed/country/${code}`, title: `Updates: commitments of ${scope.name}`, path: `/countries/${code}` };
    }
  }
}

/** The Atom feed of public updates in a scope; `origin` is where the reader reached the site. */
export function publicUpdatesFeed(scope: FeedScope, updates: readonly FeedUpdate[], origin: string): AtomFeed {
  const { tag, title, path } = describeScope(scope);
  const feedPath = scope.kind !== "all" ? `${path}/feed.xml`
    : scope.filter ? `/feed.xml?${scope.filter.parameter}=${scope.filter.key}` : "/feed.xml";
  return {
    id: `${TAG}:${tag}`,
    title,
    selfUrl: `${origin}${feedPath}`,
    alternateUrl: `${origin}${path}`,
    entries: updates.map((update) => ({
      id: `${TAG}:update/${update.id}`,
      title: updateHeadline(update.commitment.title, update),
      updated: update.createdAt,
      link: `${origin}/commitments/${update.commitment.key}#entry-${update.id}`,
      author: updateAuthor(update),
      content: updateText(update),
    })),
  };
}
