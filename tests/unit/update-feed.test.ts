import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { encodeAtom } from "@/lib/domain/atom";
import { publicUpdatesFeed, type FeedLanguage, type FeedUpdate } from "@/lib/domain/update-feed";
import { en } from "@/lib/messages/en";
import { es } from "@/lib/messages/es";

const ORIGIN = "https://pledgeboard.example";
const ALL = { kind: "all", framework: "Test Framework of Nowhere" } as const;
const CR = { key: "cr-safe-mobility-offices-extension", title: "Costa Rica extends Safe Mobility Offices" };

const update = (id: string, changes: Partial<FeedUpdate> = {}): FeedUpdate => ({
  id, createdAt: new Date("2024-09-26T12:00:00Z"), commitment: CR, source: "STAFF", author: "Eva Editor",
  oldStatus: null, newStatus: null, statusReason: null, note: null, evidenceUrls: [], deadlineChanges: [], ...changes,
});

const ENGLISH: FeedLanguage = { locale: "en", pathPrefix: "", titles: en.feed };

describe("publicUpdatesFeed", () => {
  it("in Spanish keeps every id, links to the Spanish pages and says its language", () => {
    const spanish = publicUpdatesFeed(ALL, [update("ck1")], ORIGIN, { locale: "es", pathPrefix: "/es", titles: es.feed });
    const english = publicUpdatesFeed(ALL, [update("ck1")], ORIGIN, ENGLISH);
    expect(spanish.id).toBe(english.id);
    expect(spanish.entries.map((entry) => entry.id)).toEqual(english.entries.map((entry) => entry.id));
    expect(spanish.alternateUrl).toBe(`${ORIGIN}/es/updates`);
    expect(spanish.selfUrl).toBe(`${ORIGIN}/es/feed.xml`);
    expect(spanish.entries[0]!.link).toMatch(new RegExp(`^${ORIGIN}/es/commitments/`));
    expect(encodeAtom(spanish)).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">');
    expect(encodeAtom(english)).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });

  it("gives each entry a tag id that depends only on the update, never on the host", () => {
    const here = publicUpdatesFeed(ALL, [update("ck1")], ORIGIN, ENGLISH);
    const there = publicUpdatesFeed(ALL, [update("ck1")], "http://localhost:3000", ENGLISH);
    expect(here.entries[0]?.id).toBe("tag:pledgeboard,2024:update/ck1");
    expect(there.entries[0]?.id).toBe(here.entries[0]?.id);
    expect(there.id).toBe(here.id);
  });

  it("links the feed to itself and its page, and each entry to its place on the commitment's page", () => {
    const all = publicUpdatesFeed(ALL, [update("ck1")], ORIGIN, ENGLISH);
    expect(all).toMatchObject({ id: "tag:pledgeboard,2024:feed/all", title: "Test Framework of Nowhere commitments: all public updates", selfUrl: `${ORIGIN}/feed.xml`, alternateUrl: `${ORIGIN}/updates` });
    expect(all.entries[0]?.link).toBe(`${ORIGIN}/commitments/${CR.key}#entry-ck1`);
    expect(publicUpdatesFeed({ kind: "commitment", ...CR }, [], ORIGIN, ENGLISH)).toMatchObject({
      id: `tag:pledgeboard,2024:feed/commitment/${CR.key}`, title: `Updates: ${CR.title}`,
      selfUrl: `${ORIGIN}/commitments/${CR.key}/feed.xml`, alternateUrl: `${ORIGIN}/commitments/${CR.key}`,
    });
    expect(publicUpdatesFeed({ kind: "country", code: "CR", name: "Costa Rica" }, [], ORIGIN, ENGLISH)).toMatchObject({
      id: "tag:pledgeboard,2024:feed/country/cr", title: "Updates: commitments of Costa Rica",
      selfUrl: `${ORIGIN}/countries/cr/feed.xml`, alternateUrl: `${ORIGIN}/countries/cr`,
    });
  });

  it("gives a feed kept to one source document its own id and links, to itself and to the filtered page", () => {
    const feed = publicUpdatesFeed({ ...ALL, filter: { parameter: "source", key: "la-2024" } }, [], ORIGIN, ENGLISH);
    expect(feed).toMatchObject({ id: "tag:pledgeboard,2024:feed/source/la-2024",
      title: "Test Framework of Nowhere commitments: all public updates",
      selfUrl: `${ORIGIN}/feed.xml?source=la-2024`, alternateUrl: `${ORIGIN}/updates?source=la-2024` });
  });

  it("titles, credits and tells each update, and keeps the order it was given", () => {
    const feed = publicUpdatesFeed(ALL, [
      update("ck2", { oldStatus: "NOT_STARTED", newStatus: "IN_PROGRESS", statusReason: "Offices reopened",
        evidenceUrls: ["https://example.org/decree"] }),
      update("ck1", { source: "SEED", author: null, newStatus: "IN_PROGRESS", statusReason: "Announced" }),
      update("ck0", { source: "IMPORT", author: null, note: "Imported" }),
    ], ORIGIN, ENGLISH);
    expect(feed.entries.map(({ id, title, author, content }) => ({ id, title, author, content }))).toEqual([
      { id: "tag:pledgeboard,2024:update/ck2", title: `${CR.title}: status changed to In progress`, author: "Eva Editor",
        content: "Reason: Offices reopened\nEvidence: https://example.org/decree" },
      { id: "tag:pledgeboard,2024:update/ck1", title: `${CR.title}: status recorded as In progress`, author: "Fact sheet",
        content: "Reason: Announced" },
      { id: "tag:pledgeboard,2024:update/ck0", title: `${CR.title}: update`, author: "CSV import", content: "Imported" },
    ]);
  });

  it("tells a deadline move as written", () => {
    const feed = publicUpdatesFeed(ALL, [update("ck3", { deadlineChanges: [{ label: "Open until",
      old: { date: "2025-12-01", precision: "MONTH" }, new: { date: "2026-06-01", precision: "MONTH" } }] })], ORIGIN, ENGLISH);
    expect(feed.entries[0]?.title).toBe(`${CR.title}: deadline extended from December 2025 to June 2026`);
    expect(feed.entries[0]?.content).toBe("Open until: extended from December 2025 to June 2026");
  });

  it("carries markup in a staff note as text through encoding and parsing", () => {
    const note = `<img src=x onerror="alert(1)"> & more`;
    const xml = encodeAtom(publicUpdatesFeed(ALL, [update("ck4", { note })], ORIGIN, ENGLISH));
    expect(xml).not.toContain("<img");
    expect(parseFeed(xml).items[0]?.content).toBe(note);
  });
});
