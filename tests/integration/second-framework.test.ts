import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDeclaration } from "@/lib/db/seed/load";
import { laDeclaration2024 } from "@/prisma/seed/data";
import { awaitDataGeneration } from "../support/data-generation";
import { useTestDatabase } from "../support/test-database";
import { TEST_ACCORD_TEXT, testAccord } from "../fixtures/test-accord";

/**
 * Acceptance of issue 16: a second, fictional framework with its document loaded beside the shipped one (a data file,
 * no code). The API, the CSV, the Atom feeds, the calendars, the source page's reads and the overview's counts each
 * speak of one framework in its own words when asked for it, and nothing of one shows in the other's.
 */
// A route handler called outside a request has no locale from next-intl's middleware: these answers are the English ones.

const database = useTestDatabase();
const listRoute = await import("@/app/api/commitments/route");
const detailRoute = await import("@/app/api/commitments/[slug]/route");
const csvRoute = await import("@/app/export/commitments.csv/route");
const feedRoute = await import("@/app/feed.xml/route");
const calendarRoute = await import("@/app/calendar/deadlines.ics/route");
const { getPublicSource } = await import("@/lib/data/public-sources");
const { summarisePublicCommitments } = await import("@/lib/data/public-commitments");
const { listFrameworks } = await import("@/lib/data/frameworks");

const LA = laDeclaration2024.framework;
const TEST = testAccord.framework;
const TEST_KEYS = ["xa-harbour-office", "xl-harbour-pilots"];
// Words of each framework that the other's answers must never carry.
const LA_WORDS = [LA.name, LA.shortName, "Costa Rica", laDeclaration2024.sourceTitle];
const TEST_WORDS = [TEST.name, TEST.shortName, "Atlantis", "Lemuria", testAccord.sourceTitle];

const get = async (url: string) => {
  const route = url.startsWith("/api/") ? listRoute : url.startsWith("/export/") ? csvRoute
    : url.startsWith("/feed") ? feedRoute : calendarRoute;
  return route.GET(new NextRequest(`http://localhost${url}`));
};
const text = async (url: string) => {
  const response = await get(url);
  expect(response.status, url).toBe(200);
  return response.text();
};
const expectNone = (body: string, words: string[], where: string) => {
  for (const word of words) expect(body, `${where} carries "${word}"`).not.toContain(word);
};

beforeAll(async () => {
  const before = await awaitDataGeneration(database.url);
  await loadDeclaration(database.prisma, testAccord);
  await database.prisma.declaration.update({ where: { key: testAccord.key },
    data: { sourceMarkdown: TEST_ACCORD_TEXT, sourcePublisher: "The Ministry of Nowhere" } });
  await awaitDataGeneration(database.url, before);
});

describe("a second framework beside the shipped one", () => {
  it("is listed with the shipped one, each by its own name, newest document first", async () => {
    expect((await listFrameworks()).map((framework) => [framework.key, framework.shortName]))
      .toEqual([[TEST.key, "Test Accord"], [LA.key, LA.shortName]]);
  });

  it("keeps to its own commitments in the API list and record, by framework and by source", async () => {
    const mine = await (await get(`/api/commitments?framework=${TEST.key}`)).json();
    expect(mine.commitments.map((row: { key: string }) => row.key)).toEqual(TEST_KEYS);
    expect(mine.commitment_count).toBe(2);
    expect(await (await get(`/api/commitments?source=${testAccord.key}`)).json()).toEqual(mine);
    const shipped = await (await get(`/api/commitments?framework=${LA.key}`)).json();
    expect(shipped.total).toBeGreaterThan(40);
    expectNone(JSON.stringify(shipped), TEST_WORDS, "the shipped framework's API list");
    const record = await (await detailRoute.GET(new NextRequest("http://localhost/api/commitments/xa-harbour-office"),
      { params: Promise.resolve({ slug: "xa-harbour-office" }) })).json();
    expect(record.source).toMatchObject({ declaration: TEST.name, framework: "Test Accord", framework_key: TEST.key,
      key: testAccord.key, publisher: "The Ministry of Nowhere" });
    expectNone(JSON.stringify(record), LA_WORDS, "the test commitment's API record");
  });

  it("keeps to its own commitments in the CSV file", async () => {
    const mine = await text(`/export/commitments.csv?framework=${TEST.key}`);
    expect(mine.trim().split("\n")).toHaveLength(3);
    expectNone(mine, LA_WORDS, "the test framework's CSV");
    expectNone(await text(`/export/commitments.csv?framework=${LA.key}`), TEST_WORDS, "the shipped framework's CSV");
  });

  it("has its own feed of updates and its own calendar, titled in its words", async () => {
    const feed = await text(`/feed.xml?framework=${TEST.key}`);
    expect(feed).toContain("<title>Test Accord commitments: all public updates</title>");
    expect(feed).toContain("Atlantis opens a harbour office");
    expectNone(feed, LA_WORDS, "the test framework's feed");
    expectNone(await text(`/feed.xml?framework=${LA.key}`), TEST_WORDS, "the shipped framework's feed");
    expect(await text(`/feed.xml?source=${testAccord.key}`)).toContain("<title>Test Accord commitments");

    const calendar = await text(`/calendar/deadlines.ics?framework=${TEST.key}`);
    expect(calendar).toContain("X-WR-CALNAME:Test Accord: deadlines");
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expectNone(calendar, LA_WORDS, "the test framework's calendar");
    expectNone(await text(`/calendar/deadlines.ics?source=${laDeclaration2024.key}`), TEST_WORDS, "the shipped calendar");
  });

  it("refuses a framework or source key that names nothing, by name, in the feed and the calendar", async () => {
    for (const url of ["/feed.xml?framework=nowhere", "/calendar/deadlines.ics?source=nowhere"]) {
      const response = await get(url);
      expect(response.status, url).toBe(400);
      expect(await response.text()).toMatch(/No (framework|source document) has the key "nowhere"/);
    }
  });

  it("reads its document whole with its own passages marked, and the shipped document without them", async () => {
    const source = await getPublicSource(testAccord.key);
    expect(source?.framework.name).toBe(TEST.name);
    expect([source?.sentencesMarked, source?.sentences, source?.unmatched]).toEqual([2, 4, []]);
    expect([...source!.commitments.keys()]).toEqual(TEST_KEYS);
    const shipped = await getPublicSource(laDeclaration2024.key);
    expectNone(JSON.stringify([...shipped!.commitments.values()]), TEST_WORDS, "the shipped source page");
  });

  it("counts its own commitments on the overview and nothing of the other", async () => {
    const mine = await summarisePublicCommitments({ sort: "source", page: 1, framework: TEST.key }, "2026-12-01");
    expect(mine.overall).toEqual({ IN_PROGRESS: 1, NOT_STARTED: 1 });
    expect(mine.perPillar.map((pillar) => pillar.name)).toEqual(["Imaginary harbours"]);
    expect(mine.perCountry.map((country) => country.name)).toEqual(["Atlantis", "Lemuria"]);
    const shipped = await summarisePublicCommitments({ sort: "source", page: 1, framework: LA.key }, "2026-12-01");
    expectNone(JSON.stringify(shipped), TEST_WORDS, "the shipped overview's counts");
  });
});
