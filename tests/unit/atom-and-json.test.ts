import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { encodeAtom } from "@/lib/domain/atom";
import { commitmentSummaryJson } from "@/lib/domain/commitment-json";
import { updateHeadline, updateText } from "@/lib/domain/update-summary";

const entry = {
  id: "tag:pledgeboard,2024:update/u1",
  title: `Costa Rica <script>alert("x")</script> & "friends"`,
  updated: new Date("2026-01-02T03:04:05Z"),
  link: "https://pledgeboard.example/commitments/cr?x=1&y=2",
  author: "Eva Editor",
  content: "Line one\nBogotá & Perú <b>bold</b>",
};

describe("encodeAtom", () => {
  it("writes a feed a real parser reads, with every text escaped", () => {
    const xml = encodeAtom({ id: "https://pledgeboard.example/updates", title: "All updates",
      selfUrl: "https://pledgeboard.example/feed.xml", alternateUrl: "https://pledgeboard.example/updates", entries: [entry] });
    expect(xml).not.toContain("<script>");
    const feed = parseFeed(xml);
    expect(feed.title).toBe("All updates");
    expect(feed.updated?.toISOString()).toBe("2026-01-02T03:04:05.000Z");
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.id).toBe(entry.id);
    expect(feed.items[0]?.title).toBe(entry.title);
    expect(feed.items[0]?.url).toBe(entry.link);
    expect(feed.items[0]?.content).toBe(entry.content);
  });

  it("drops characters XML forbids instead of writing a broken document", () => {
    const xml = encodeAtom({ id: "x", title: "bell\u0007", selfUrl: "s", alternateUrl: "a", entries: [] });
    expect(xml).toContain("<title>bell</title>");
  });
});

describe("update summaries", () => {
  const base = { source: "STAFF" as const, author: "Eva", oldStatus: null, newStatus: null, statusReason: null, note: null,
    evidenceUrls: [], deadlineChanges: [] };

  it("titles an entry by what it changed", () => {
    expect(updateHeadline("CR offices", { ...base, oldStatus: "IN_PROGRESS", newStatus: "COMPLETED" }))
      .toBe("CR offices: status changed to Completed");
    expect(updateHeadline("CR offices", { ...base, deadlineChanges: [{ label: "Open until",
      old: { date: "2025-12-01", precision: "MONTH" }, new: { date: "2026-06-01", precision: "MONTH" } }] }))
      .toBe("CR offices: deadline extended from December 2025 to June 2026");
    expect(updateHeadline("CR offices", { ...base, note: "Met" })).toBe("CR offices: update");
  });

  it("lists reason, deadline moves, note and evidence", () => {
    expect(updateText({ ...base, newStatus: "AT_RISK", statusReason: "Budget", note: "Note",
      evidenceUrls: ["https://example.org"] })).toBe("Reason: Budget\nNote\nEvidence: https://example.org");
  });
});

describe("commitmentSummaryJson", () => {
  it("gives the next deadline as written, its due day and where it stands", () => {
    const json = commitmentSummaryJson({
      key: "cr", title: "CR", status: "IN_PROGRESS", collectiveActor: null, parentId: "p", pillar: { slug: "lawful-pathways" },
      countries: [{ code: "CR", name: "Costa Rica", lead: true }],
      deadlines: [{ kind: "DEADLINE", label: "Open until", date: "2025-12-01", precision: "MONTH" }],
    }, "2026-11-28", "https://pledgeboard.example");
    expect(json).toMatchObject({
      key: "cr", status: "in_progress", status_label: "In progress", pillar: "lawful-pathways", is_sub_commitment: true,
      next_deadline: { as_written: "December 2025", due_on: "2025-12-31", precision: "month", state: "passed" },
      url: "https://pledgeboard.example/commitments/cr",
    });
  });
});
