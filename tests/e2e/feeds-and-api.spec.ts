import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";

test("the Atom feeds parse and carry the public updates", async ({ request }) => {
  const all = await request.get("/feed.xml");
  expect(all.status()).toBe(200);
  expect(all.headers()["content-type"]).toContain("application/atom+xml");
  const feed = parseFeed(await all.text());
  expect(feed.items.length).toBeGreaterThanOrEqual(40);
  expect(feed.items.every((item) => item.id?.startsWith("tag:pledgeboard,2024:update/"))).toBe(true);
  expect(feed.items.some((item) => item.authors.some((author) => author.name === "Fact sheet"))).toBe(true);

  const one = parseFeed(await (await request.get("/commitments/cr-safe-mobility-offices-extension/feed.xml")).text());
  expect(one.title).toBe("Updates: Costa Rica extends Safe Mobility Offices until December 2025");
  expect(one.items.length).toBeGreaterThanOrEqual(1);
  expect(one.items.every((item) => item.url?.includes("/commitments/cr-safe-mobility-offices-extension#entry-"))).toBe(true);

  const country = parseFeed(await (await request.get("/countries/cr/feed.xml")).text());
  expect(country.title).toBe("Updates: commitments of Costa Rica");
  expect(country.items.some((item) => item.title?.startsWith("Costa Rica extends Safe Mobility Offices"))).toBe(true);
  expect(country.items.some((item) => item.title?.startsWith("Uruguay"))).toBe(false);

  // Links name the host the reader reached, not the server's own idea of itself.
  const viaHost = parseFeed(await (await request.get("/feed.xml", { headers: { host: "pledgeboard.example" } })).text());
  expect(viaHost.self).toBe("http://pledgeboard.example/feed.xml");
  expect(viaHost.items[0]?.url?.startsWith("http://pledgeboard.example/commitments/")).toBe(true);

  for (const path of ["/commitments/no-such-thing/feed.xml", "/countries/zz/feed.xml", "/commitments/..%2Fetc/feed.xml"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("the JSON API lists with the public filters and gives one commitment whole", async ({ request }) => {
  const list = await (await request.get("/api/commitments?country=CR")).json();
  expect(list.total).toBeGreaterThanOrEqual(3);
  expect(list.commitments.every((row: { countries: { code: string }[] }) => row.countries.some((c) => c.code === "CR"))).toBe(true);
  const search = await (await request.get("/api/commitments?q=visa&status=IN_PROGRESS")).json();
  expect(search.commitments.every((row: { status: string }) => row.status === "in_progress")).toBe(true);

  const bad = await request.get("/api/commitments?status=DONE");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain('status "DONE"');

  const one = await (await request.get("/api/commitments/cr-safe-mobility-offices-extension")).json();
  expect(one.deadlines[0]).toMatchObject({ as_written: "December 2025", precision: "month", due_on: "2025-12-31" });
  expect(one.countries).toContainEqual({ code: "CR", name: "Costa Rica", lead: true });
  expect(one.source.url).toMatch(/whitehouse\.gov/);
  expect(one.updates.some((update: { author: string }) => update.author === "Fact sheet")).toBe(true);

  expect((await request.get("/api/commitments/no-such-thing")).status()).toBe(404);
  expect((await request.get("/api/commitments/..%2Fetc")).status()).toBe(404);
});
