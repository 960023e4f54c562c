import { xmlText } from "./xml";

export type AtomEntry = {
  /** Stable across runs, so a feed reader never shows an entry twice. */
  id: string;
  title: string;
  updated: Date;
  link: string;
  author: string;
  content: string;
};

/** `lang`: the language of the feed's own words (xml:lang); absent, the feed says none, as before languages. */
export type AtomFeed = { id: string; title: string; selfUrl: string; alternateUrl: string; entries: AtomEntry[]; lang?: string };

/** An Atom 1.0 document (RFC 4287); every text is escaped, and the feed is as new as its newest entry. */
export function encodeAtom(feed: AtomFeed): string {
  // An empty feed keeps a fixed date rather than "now", so a reader polling it never sees a change that is not there.
  const updated = feed.entries.reduce((newest, entry) => (entry.updated > newest ? entry.updated : newest), new Date(0));
  const entries = feed.entries.map((entry) => [
    "  <entry>",
    `    <id>${xmlText(entry.id)}</id>`,
    `    <title>${xmlText(entry.title)}</title>`,
    `    <updated>${entry.updated.toISOString()}</updated>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(entry.link)}"/>`,
    `    <author><name>${xmlText(entry.author)}</name></author>`,
    `    <content type="text">${xmlText(entry.content)}</content>`,
    "  </entry>",
  ].join("\n"));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.lang ? ` xml:lang="${xmlText(feed.lang)}"` : ""}>`,
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternateUrl)}"/>`,
    // RFC 4287 wants an author on the feed unless every entry has one, which an empty feed cannot show.
    "  <author><name>Pledgeboard</name></author>",
    "  <generator>Pledgeboard</generator>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
