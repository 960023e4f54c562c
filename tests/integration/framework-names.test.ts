import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { awaitDataGeneration } from "../support/data-generation";
import { useTestDatabase } from "../support/test-database";

/**
 * What the site calls the framework comes from the declaration's row: renamed in the database, it is renamed in the
 * calendar and the feed, and the shipped name is gone from both.
 */
const database = useTestDatabase();
const calendarRoute = await import("@/app/calendar/deadlines.ics/route");
const feedRoute = await import("@/app/feed.xml/route");
const { getFramework } = await import("@/lib/data/frameworks");

describe("the framework's name", () => {
  it("is the seeded declaration's, short and long", async () => {
    expect(await getFramework()).toMatchObject({ shortName: "Los Angeles Declaration",
      name: "Los Angeles Declaration on Migration and Protection" });
  });

  it("follows the row into the public calendar and the feed of all updates", async () => {
    const before = await awaitDataGeneration(database.url);
    await database.prisma.framework.updateMany({ data: { name: "Test Accord of Nowhere on Fictions",
      shortName: "Test Accord of Nowhere", description: "A fictional framework for tests." } });
    await awaitDataGeneration(database.url, before);

    const calendar = await (await calendarRoute.GET(new NextRequest("http://localhost/calendar/deadlines.ics"))).text();
    expect(calendar).toContain("X-WR-CALNAME:Test Accord of Nowhere: deadlines");
    const feed = await (await feedRoute.GET(new NextRequest("http://localhost/feed.xml"))).text();
    expect(feed).toContain("<title>Test Accord of Nowhere commitments: all public updates</title>");
    // The entries quote the commitments, whose words may name the Declaration; what the site itself says may not.
    expect(`${calendar.split("BEGIN:VEVENT")[0]}${feed.split("<entry>")[0]}`).not.toContain("Los Angeles");
    expect(await getFramework()).toMatchObject({ name: "Test Accord of Nowhere on Fictions", shortName: "Test Accord of Nowhere",
      description: "A fictional framework for tests." });
  });
});
