import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { encodeAtom, type AtomFeed } from "@/lib/domain/atom";
import { commitmentDetailJson, commitmentListJson, commitmentSummaryJson } from "@/lib/domain/commitment-json";
import { updateHeadline, updateText, type SummarisedUpdate } from "@/lib/domain/update-summary";

const ORIGIN = "https://pledgeboard.example";

const entry = {
  id: "tag:pledgeboard,2024:update/u1",
  title: `Costa Rica <script>alert("x")</script> & 'friends'`,
  updated: new Date("2026-01-02T03:04:05Z"),
  link: `${ORIGIN}/commitments/cr?x=1&y="2"`,
  author: `Eva <eva@example.org> & "Co"`,
  content: "Line one\nBogotá & Perú <b>bold</b>",
};

const feedOf = (entries: AtomFeed["entries"]): AtomFeed => ({
  id: "tag:pledgeboard,2024:feed/all", title: `All "updates" & <more>`, selfUrl: `${ORIGIN}/feed.xml`,
  alternateUrl: `${ORIGIN}/updates`, entries,
});

describe("encodeAtom", () => {
  it("escapes markup, ampersands and quotes in every text and attribute", () => {
    const xml = encodeAtom(feedOf([entry]));
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>");
    expect(xml).toContain("<title>Costa Rica &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;friends&apos;</title>");
    expect(xml).toContain(`href="${ORIGIN}/commitments/cr?x=1&amp;y=&quot;2&quot;"`);
    expect(xml).toContain("<name>Eva &lt;eva@example.org&gt; &amp; &quot;Co&quot;</name>");
    expect(xml).toContain("<title>All &quot;updates&quot; &amp; &lt;more&gt;</title>");
  });

  it("writes a feed a real parser reads back to the same texts", () => {
    const feed = parseFeed(encodeAtom(feedOf([entry])));
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe(`All "updates" & <more>`);
    expect(feed.self).toBe(`${ORIGIN}/feed.xml`);
    expect(feed.url).toBe(`${ORIGIN}/updates`);
    const [item] = feed.items;
    expect(item?.id).toBe(entry.id);
    expect(item?.title).toBe(entry.title);
    // The parser normalises URLs, as a reader would.
    expect(item?.url).toBe(new URL(entry.link).href);
    expect(item?.content).toBe(entry.content);
    expect(item?.authors.map((author) => author.name)).toEqual([entry.author]);
    expect(item?.updated?.toISOString()).toBe("2026-01-02T03:04:05.000Z");
  });

  it("has every element RFC 4287 requires of a feed and of an entry", () => {
    const xml = encodeAtom(feedOf([entry]));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    const [head, body] = xml.split("<entry>");
    for (const element of ["<id>", "<title>", "<updated>", "<author><name>", '<link rel="self"', '<link rel="alternate"']) {
      expect(head, element).toContain(element);
    }
    for (const element of ["<id>", "<title>", "<updated>", "<author><name>", '<link rel="alternate"', '<content type="text">']) {
      expect(body, element).toContain(element);
    }
  });

  it("is as new as its newest entry, whatever the order of the entries", () => {
    const older = { ...entry, id: "tag:pledgeboard,2024:update/u0", updated: new Date("2025-06-01T00:00:00Z") };
    const newer = { ...entry, updated: new Date("2026-03-04T05:06:07Z") };
    expect(parseFeed(encodeAtom(feedOf([older, newer]))).updated?.toISOString()).toBe("2026-03-04T05:06:07.000Z");
  });

  it("is as new as its newest entry when the newest comes first", () => {
    const older = { ...entry, id: "tag:pledgeboard,2024:update/u0", updated: new Date("2025-06-01T00:00:00Z") };
    const newer = { ...entry, updated: new Date("2026-03-04T05:06:07Z") };
    expect(parseFeed(encodeAtom(feedOf([newer, older]))).updated?.toISOString()).toBe("2026-03-04T05:06:07.000Z");
  });

  it("writes the document a feed reader gets, one element a line, closed and ending with a line end", () => {
    const plain = { id: "tag:x,2024:u1", title: "T", updated: new Date("2026-01-02T03:04:05Z"), link: "https://x.example/c",
      author: "Eva", content: "C" };
    expect(encodeAtom({ id: "tag:x,2024:all", title: "All", selfUrl: "https://x.example/feed.xml",
      alternateUrl: "https://x.example/updates", entries: [plain, { ...plain, id: "tag:x,2024:u2" }] }).split("\n")).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      "  <id>tag:x,2024:all</id>",
      "  <title>All</title>",
      "  <updated>2026-01-02T03:04:05.000Z</updated>",
      '  <link rel="self" type="application/atom+xml" href="https://x.example/feed.xml"/>',
      '  <link rel="alternate" type="text/html" href="https://x.example/updates"/>',
      "  <author><name>Pledgeboard</name></author>",
      "  <generator>Pledgeboard</generator>",
      ...["u1", "u2"].flatMap((id) => [
        "  <entry>",
        `    <id>tag:x,2024:${id}</id>`,
        "    <title>T</title>",
        "    <updated>2026-01-02T03:04:05.000Z</updated>",
        '    <link rel="alternate" type="text/html" href="https://x.example/c"/>',
        "    <author><name>Eva</name></author>",
        '    <content type="text">C</content>',
        "  </entry>",
      ]),
      "</feed>",
      "",
    ]);
  });

  it("keeps an empty feed valid and unchanging: a feed author and a fixed date", () => {
    const xml = encodeAtom(feedOf([]));
    expect(xml).toContain("<updated>1970-01-01T00:00:00.000Z</updated>");
    expect(parseFeed(xml).authors.map((author) => author.name)).toEqual(["Pledgeboard"]);
    expect(encodeAtom(feedOf([]))).toBe(xml);
  });

  it("drops characters XML forbids instead of writing a broken document", () => {
    const xml = encodeAtom({ ...feedOf([]), title: "bell\u0007 and null\u0000" });
    expect(xml).toContain("<title>bell and null</title>");
  });
});

describe("update summaries", () => {
  const base: SummarisedUpdate = { source: "STAFF", author: "Eva", oldStatus: null, newStatus: null, statusReason: null,
    note: null, evidenceUrls: [], deadlineChanges: [] };

  it("titles an entry by what it changed", () => {
    expect(updateHeadline("CR offices", { ...base, oldStatus: "NOT_STARTED", newStatus: "IN_PROGRESS" }))
      .toBe("CR offices: status changed to In progress");
    expect(updateHeadline("CR offices", { ...base, deadlineChanges: [{ label: "Open until",
      old: { date: "2025-12-01", precision: "MONTH" }, new: { date: "2026-06-01", precision: "MONTH" } }] }))
      .toBe("CR offices: deadline extended from December 2025 to June 2026");
    expect(updateHeadline("CR offices", { ...base, note: "Met" })).toBe("CR offices: update");
  });

  it("lists reason, deadline moves, note and evidence, one per line", () => {
    expect(updateText({ ...base, oldStatus: "IN_PROGRESS", newStatus: "AT_RISK", statusReason: "Budget", note: "Note",
      evidenceUrls: ["https://example.org/a", "https://example.org/b"],
      deadlineChanges: [{ label: "Open until", old: { date: "2025-12-01", precision: "MONTH" },
        new: { date: "2026-06-01", precision: "MONTH" } }] }))
      .toBe("Reason: Budget\nOpen until: extended from December 2025 to June 2026\nNote\n"
        + "Evidence: https://example.org/a\nEvidence: https://example.org/b");
  });
});

const countries = [{ code: "CR", name: "Costa Rica", lead: true, role: "LEAD" as const },
  { code: "US", name: "United States", lead: true, role: "LEAD" as const },
  { code: "GT", name: "Guatemala", lead: false, role: "HOST" as const }];
const countriesOut = [{ code: "CR", name: "Costa Rica", lead: true, role: "lead" },
  { code: "US", name: "United States", lead: true, role: "lead" }, { code: "GT", name: "Guatemala", lead: false, role: "host" }];
const december = { date: "2025-12-01", precision: "MONTH" as const };
const listRow = {
  key: "cr", title: "CR", translations: [{ locale: "es", title: "CR en español", description: "Las oficinas siguen." }],
  status: "IN_PROGRESS" as const, collectiveActor: null, parentId: "p", isGroup: false,
  pillar: { slug: "lawful-pathways" }, countries,
  deadlines: [{ kind: "DEADLINE" as const, label: "Open until", ...december, original: december, moves: 0 }],
};

describe("commitmentSummaryJson", () => {
  it("gives the next deadline as written, its due day and where it stands", () => {
    expect(commitmentSummaryJson(listRow, "2026-11-28", ORIGIN)).toEqual({
      key: "cr", title: "CR", translations: { es: { title: "CR en español", description: "Las oficinas siguen." } },
      status: "in_progress", status_label: "In progress", pillar: "lawful-pathways",
      countries: countriesOut, collective_actor: null, is_sub_commitment: true, counted: true,
      next_deadline: { kind: "deadline", label: "Open until", date: "2025-12-01", precision: "month",
        as_written: "December 2025", due_on: "2025-12-31", state: "passed", original_date: "2025-12-01",
        original_precision: "month", original_as_written: "December 2025", times_moved: 0 },
      url: `${ORIGIN}/commitments/cr`, api_url: `${ORIGIN}/api/commitments/cr`,
    });
  });

  it("says a deadline is due until the last day of its period", () => {
    expect(commitmentSummaryJson(listRow, "2025-12-31", ORIGIN).next_deadline?.state).toBe("due");
    expect(commitmentSummaryJson(listRow, "2026-01-01", ORIGIN).next_deadline?.state).toBe("passed");
  });
});

describe("commitmentListJson", () => {
  it("gives a top-level row without a pillar as such", () => {
    const [row] = commitmentListJson({ total: 1, counted: 1, page: 1, pageCount: 1, nextUrl: null,
      rows: [{ ...listRow, parentId: null, pillar: null }] }, "2026-11-28", ORIGIN).commitments;
    expect(row).toMatchObject({ pillar: null, is_sub_commitment: false });
    expect(commitmentSummaryJson(listRow, "2026-11-28", ORIGIN)).toMatchObject({ pillar: "lawful-pathways", is_sub_commitment: true });
  });

  it("wraps a page with its total, page count and next link", () => {
    const json = commitmentListJson({ total: 51, counted: 49, page: 1, pageCount: 2,
      nextUrl: `${ORIGIN}/api/commitments?page=2`, rows: [listRow] }, "2026-11-28", ORIGIN);
    expect(Object.keys(json)).toEqual(["total", "commitment_count", "page", "page_count", "next", "commitments"]);
    expect(json).toMatchObject({ total: 51, commitment_count: 49, page: 1, page_count: 2,
      next: `${ORIGIN}/api/commitments?page=2` });
    expect(json.commitments.map((row) => row.key)).toEqual(["cr"]);
  });
});

describe("commitmentDetailJson", () => {
  const commitment = {
    key: "cr", title: "CR", translations: [{ locale: "es", title: "CR en español", description: null }],
    description: "Offices stay open.", sourceText: "Costa Rica will extend…", sourceSection: "Pathways",
    type: "PROGRAM", status: "COMPLETED" as const, statusChangedAt: new Date("2026-02-01T12:00:00Z"), collectiveActor: null,
    isGroup: false, pillarNote: null,
    declaration: { key: "accord-2026", framework: { key: "test-accord", name: "Test Accord of Nowhere", shortName: "Test Accord" },
      sourceUrl: "https://example.org/x", sourceTitle: "Fact sheet", publishedAt: new Date("2026-01-10T15:00:00Z"),
      sourcePublisher: "A Ministry", meetingName: "First meeting", meetingDate: new Date("2026-01-09T00:00:00Z") },
    chain: {
      continues: { key: "cr-2025", title: "Offices open until 2025", kind: "EXTENDS" as const, documentKey: "accord-2025",
        documentTitle: "First fact sheet" },
      continuedBy: [{ key: "cr-2027", title: "Offices closed", kind: "REPLACES" as const, documentKey: "accord-2027",
        documentTitle: "Third fact sheet" }],
    },
    pillar: { slug: "lawful-pathways", name: "Lawful pathways" }, parent: { key: "p", title: "Parent" },
    children: [{ key: "c1", title: "Child", status: "NOT_STARTED" as const }],
    countries, links: [{ label: "Decree", url: "https://example.org/decree" }],
    deadlines: [
      { id: "d1", kind: "DEADLINE" as const, label: "Open until", date: "2026-06-01", precision: "MONTH" as const,
        original: december, moves: 2, inferred: false, inferenceNote: null },
      { id: "d2", kind: "REFERENCE" as const, label: "Arrived by", date: "2024-08-01", precision: "MONTH" as const,
        original: { date: "2024-08-01", precision: "MONTH" as const }, moves: 0, inferred: true,
        inferenceNote: "The year is inferred." },
    ],
    targets: [{ key: "people", kind: "GOAL" as const, label: "People", qualifier: "ABOUT" as const, value: 25500,
      unit: "people", asWritten: "approximately 25,500 people", currentValue: 1200,
      currentValueAt: new Date("2026-01-05T00:00:00Z") },
    { key: "in-need", kind: "CONTEXT" as const, label: "In need", qualifier: "NEARLY" as const, value: 8_000_000,
      unit: "Venezuelans", asWritten: "nearly 8 million Venezuelans", currentValue: null, currentValueAt: null }],
  };
  const update = {
    id: "u1", createdAt: new Date("2026-02-01T12:00:00Z"), source: "SEED" as const, author: null,
    oldStatus: "IN_PROGRESS" as const, newStatus: "COMPLETED" as const, statusReason: "Done", note: "Decretos vigentes.",
    noteLang: "es",
    evidenceUrls: ["https://example.org/e"], valueReached: "1200.00", target: { label: "People" }, corrects: { id: "u0" },
    deadlineChanges: [{ label: "Open until", old: null, new: { date: "2025-12-01", precision: "MONTH" as const } }],
  };
  // Made inside each test: Stryker switches a mutant on per test, so a value made while the file loads never has one.
  const json = () => commitmentDetailJson(commitment, [update], "2026-11-28", ORIGIN);

  it("gives a top-level commitment without a pillar, and an entry without status, figure or correction, as nulls", () => {
    const plain = commitmentDetailJson({ ...commitment, pillar: null, parent: null },
      [{ ...update, oldStatus: null, newStatus: null, valueReached: null, target: null, corrects: null }], "2026-11-28", ORIGIN);
    expect(plain).toMatchObject({ pillar: null, pillar_name: null, parent_key: null, is_sub_commitment: false });
    expect(plain.updates[0]).toMatchObject({ old_status: null, new_status: null, target_label: null, value_reached: null,
      corrects_id: null });
    expect(json()).toMatchObject({ is_sub_commitment: true, parent_key: "p", pillar_name: "Lawful pathways" });
    expect(json().updates[0]).toMatchObject({ value_reached: 1200, target_label: "People", corrects_id: "u0" });
  });

  it("names every field in snake_case", () => {
    const keys = (value: unknown): string[] => (Array.isArray(value) ? value.flatMap(keys)
      : value && typeof value === "object" ? Object.entries(value).flatMap(([key, inner]) => [key, ...keys(inner)]) : []);
    expect(keys(json()).filter((key) => !/^[a-z]+(_[a-z]+)*$/.test(key))).toEqual([]);
  });

  it("gives the English title and description with the translations beside them, and the language of each note", () => {
    expect(json()).toMatchObject({ title: "CR", description: "Offices stay open.",
      translations: { es: { title: "CR en español", description: null } } });
    expect(json().updates[0]).toMatchObject({ note: "Decretos vigentes.", note_lang: "es" });
  });

  it("gives the chain across documents: what it continues and what continues it, with how and from which document", () => {
    expect(json().continues).toEqual({ key: "cr-2025", title: "Offices open until 2025", relation: "extends",
      source_key: "accord-2025", source_title: "First fact sheet", url: `${ORIGIN}/commitments/cr-2025`,
      api_url: `${ORIGIN}/api/commitments/cr-2025` });
    expect(json().continued_by).toEqual([{ key: "cr-2027", title: "Offices closed", relation: "replaces",
      source_key: "accord-2027", source_title: "Third fact sheet", url: `${ORIGIN}/commitments/cr-2027`,
      api_url: `${ORIGIN}/api/commitments/cr-2027` }]);
  });

  it("gives deadlines as written with their state, first date and moves, a reference date as reference", () => {
    expect(json().deadlines).toEqual([
      { kind: "deadline", label: "Open until", date: "2026-06-01", precision: "month", as_written: "June 2026",
        due_on: "2026-06-30", state: "met", original_date: "2025-12-01", original_precision: "month",
        original_as_written: "December 2025", times_moved: 2, inferred: false, inference_note: null },
      { kind: "reference", label: "Arrived by", date: "2024-08-01", precision: "month", as_written: "August 2024",
        due_on: "2024-08-31", state: "reference", original_date: "2024-08-01", original_precision: "month",
        original_as_written: "August 2024", times_moved: 0, inferred: true, inference_note: "The year is inferred." },
    ]);
  });

  it("repeats the list's fields first, with the same names and types", () => {
    const summary = commitmentSummaryJson({ ...commitment, parentId: "p-id", pillar: { slug: "lawful-pathways" } }, "2026-11-28", ORIGIN);
    expect(Object.keys(json()).slice(0, Object.keys(summary).length)).toEqual(Object.keys(summary));
    expect(json()).toMatchObject(summary);
  });

  it("carries source, countries with their roles, links, family, figures in the source's words and history", () => {
    expect(json()).toMatchObject({
      type: "program", status: "completed", status_label: "Completed", status_changed_at: "2026-02-01T12:00:00.000Z",
      source: { text: "Costa Rica will extend…", section: "Pathways", title: "Fact sheet", url: "https://example.org/x",
        declaration: "Test Accord of Nowhere", key: "accord-2026", framework: "Test Accord", framework_key: "test-accord",
        publisher: "A Ministry",
        published_at: "2026-01-10T15:00:00.000Z", meeting: "First meeting", meeting_date: "2026-01-09",
        passage_url: `${ORIGIN}/sources/accord-2026#passage-cr` },
      pillar: "lawful-pathways", pillar_name: "Lawful pathways", parent_key: "p", is_sub_commitment: true,
      sub_commitments: [{ key: "c1", title: "Child", status: "not_started" }],
      countries: countriesOut, links: [{ label: "Decree", url: "https://example.org/decree" }],
      targets: [{ key: "people", kind: "goal", label: "People", qualifier: "about", value: 25500, unit: "people",
        as_written: "approximately 25,500 people", current_value: 1200, current_value_at: "2026-01-05T00:00:00.000Z" },
      { key: "in-need", kind: "context", label: "In need", qualifier: "nearly", value: 8_000_000, unit: "Venezuelans",
        as_written: "nearly 8 million Venezuelans", current_value: null, current_value_at: null }],
      url: `${ORIGIN}/commitments/cr`,
    });
    expect(json().updates).toEqual([{ id: "u1", created_at: "2026-02-01T12:00:00.000Z", author: "Fact sheet",
      old_status: "in_progress", new_status: "completed", status_reason: "Done", note: "Decretos vigentes.", note_lang: "es",
      evidence_urls: ["https://example.org/e"], deadline_changes: [{ label: "Open until", from: null, to: "December 2025" }],
      target_label: "People", value_reached: 1200, corrects_id: "u0" }]);
  });
});
