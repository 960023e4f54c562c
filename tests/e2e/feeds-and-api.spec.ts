import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type APIRequestContext } from "@playwright/test";

type Feed = ReturnType<typeof parseFeed>;

const CR_OFFICES = "cr-safe-mobility-offices-extension";
const CR_TITLE = "Costa Rica and the United States to extend the Safe Mobility Offices in Costa Rica until December 2025";

type ApiRow = { key: string; title: string; status: string; countries: { code: string; lead: boolean }[] };
type ApiList = { total: number; page: number; page_count: number; next: string | null; commitments: ApiRow[] };
type ApiUpdate = { id: string; author: string; created_at: string };

async function atom(request: APIRequestContext, path: string): Promise<Feed> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toBe("application/atom+xml; charset=utf-8");
  expect(response.headers()["cache-control"], path).toBe("no-store");
  const feed = parseFeed(await response.text());
  expect(feed.meta.type, path).toBe("atom");
  return feed;
}

async function apiList(request: APIRequestContext, query: string): Promise<ApiList> {
  const response = await request.get(`/api/commitments${query}`);
  expect(response.status(), query).toBe(200);
  return response.json();
}

/** Every public commitment, following the list's `next` links. */
async function everyCommitment(request: APIRequestContext): Promise<ApiRow[]> {
  const rows: ApiRow[] = [];
  for (let url: string | null = "/api/commitments"; url !== null;) {
    const page: ApiList = await (await request.get(url)).json();
    rows.push(...page.commitments);
    url = page.next;
  }
  return rows;
}

/** The commitment an entry links to ("<origin>/commitments/<key>#entry-<id>"), checking it links to its own place. */
function entryKey(item: Feed["items"][number], origin: string): string {
  const match = new RegExp(`^${origin}/commitments/([a-z0-9-]+)#entry-(\\w+)$`).exec(item.url ?? "");
  expect(match, item.url ?? "no link").not.toBeNull();
  const [, key = "", updateId = ""] = match ?? [];
  expect(item.id).toBe(`tag:pledgeboard,2024:update/${updateId}`);
  return key;
}

test("/feed.xml: the latest public updates, newest first, each linked to its commitment", async ({ request, baseURL }) => {
  const feed = await atom(request, "/feed.xml");
  expect(feed.title).toBe("Los Angeles Declaration commitments: all public updates");
  expect(feed.self).toBe(`${baseURL}/feed.xml`);
  expect(feed.url).toBe(`${baseURL}/updates`);
  expect(feed.items.length).toBeGreaterThanOrEqual(40);
  expect(feed.items.length).toBeLessThanOrEqual(50);
  expect(new Set(feed.items.map((item) => item.id)).size).toBe(feed.items.length);

  const times = feed.items.map((item) => item.updated?.getTime() ?? Number.NaN);
  expect(times.every((time, index) => index === 0 || time <= times[index - 1]!)).toBe(true);
  expect(feed.updated?.getTime()).toBe(times[0]);

  const titles = new Map((await everyCommitment(request)).map((row) => [row.key, row.title]));
  const seeded = feed.items.filter((item) => item.authors.some((author) => author.name === "Fact sheet"));
  // The seed's entries carry the fact sheet's date, older than any staff entry: they fill what staff entries leave.
  const staffEntries = feed.items.length - seeded.length;
  expect(seeded.length).toBe(Math.min(titles.size, 50 - staffEntries));
  const seededKeys = seeded.map((item) => entryKey(item, baseURL!));
  expect(new Set(seededKeys).size, "one fact-sheet entry per commitment").toBe(seededKeys.length);
  for (const item of feed.items) {
    const key = entryKey(item, baseURL!);
    expect(item.title?.startsWith(`${titles.get(key)}: `), item.title ?? "").toBe(true);
    expect(item.content?.length, item.title ?? "").toBeGreaterThan(0);
  }
});

test("a commitment's feed carries its whole public history, as the API does", async ({ request, baseURL }) => {
  const feed = await atom(request, `/commitments/${CR_OFFICES}/feed.xml`);
  expect(feed.title).toBe(`Updates: ${CR_TITLE}`);
  expect(feed.self).toBe(`${baseURL}/commitments/${CR_OFFICES}/feed.xml`);
  expect(feed.url).toBe(`${baseURL}/commitments/${CR_OFFICES}`);
  expect(feed.items.every((item) => entryKey(item, baseURL!) === CR_OFFICES)).toBe(true);

  const api = await (await request.get(`/api/commitments/${CR_OFFICES}`)).json() as { updates: ApiUpdate[] };
  expect(feed.items.map((item) => item.id)).toEqual(api.updates.slice(0, 50).map((update) => `tag:pledgeboard,2024:update/${update.id}`));

  const seeded = feed.items.filter((item) => item.authors.some((author) => author.name === "Fact sheet"));
  expect(seeded).toHaveLength(1);
  expect(seeded[0]?.title).toMatch(new RegExp(`^${CR_TITLE}: status recorded as `));
  expect(seeded[0]?.content).toMatch(/^Reason: /);
});

test("a country's feed holds the updates of the commitments it acts in, in either case of its code", async ({ request, baseURL }) => {
  const feed = await atom(request, "/countries/cr/feed.xml");
  expect(feed.title).toBe("Updates: commitments of Costa Rica");
  expect(feed.self).toBe(`${baseURL}/countries/cr/feed.xml`);
  expect(feed.url).toBe(`${baseURL}/countries/cr`);

  const costaRica = (await apiList(request, "?country=CR")).commitments.map((row) => row.key);
  expect(costaRica).toContain(CR_OFFICES);
  const linked = feed.items.map((item) => entryKey(item, baseURL!));
  expect(linked.filter((key) => !costaRica.includes(key))).toEqual([]);
  for (const key of costaRica) {
    const seeded = feed.items.filter((item) => item.url?.includes(`/commitments/${key}#`)
      && item.authors.some((author) => author.name === "Fact sheet"));
    expect(seeded, key).toHaveLength(1);
  }

  const upper = await atom(request, "/countries/CR/feed.xml");
  expect(upper.items.map((item) => item.id)).toEqual(feed.items.map((item) => item.id));
});

test("absolute links start with the host the reader reached", async ({ request }) => {
  const headers = { host: "pledgeboard.example" };
  const feed = parseFeed(await (await request.get("/feed.xml", { headers })).text());
  expect(feed.self).toBe("http://pledgeboard.example/feed.xml");
  expect(feed.items.every((item) => item.url?.startsWith("http://pledgeboard.example/commitments/"))).toBe(true);
  const one = await (await request.get(`/api/commitments/${CR_OFFICES}`, { headers })).json();
  expect(one.api_url).toBe(`http://pledgeboard.example/api/commitments/${CR_OFFICES}`);
});

test("a feed of an unknown or malformed key or code is a plain 404", async ({ request }) => {
  for (const path of ["/commitments/no-such-thing/feed.xml", "/commitments/..%2F..%2Fetc/feed.xml", "/commitments/cr%00/feed.xml",
    "/commitments/CR-SAFE-MOBILITY-OFFICES-EXTENSION/feed.xml", "/countries/zz/feed.xml", "/countries/cri/feed.xml",
    "/countries/c%00/feed.xml", "/countries/..%2F/feed.xml"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).toBe("text/plain; charset=utf-8");
    expect(await response.text(), path).toMatch(/^No (public commitment has this key|country has this ISO code here)\.\n$/);
  }
});

test("the JSON list takes the public filters and pages by 50", async ({ request, baseURL }) => {
  const everything = await request.get("/api/commitments");
  expect(everything.headers()["content-type"]).toContain("application/json");
  expect(everything.headers()["cache-control"]).toBe("no-store");
  const all = await everything.json() as ApiList;
  expect(all.page).toBe(1);
  expect(all.page_count).toBe(Math.max(1, Math.ceil(all.total / 50)));
  expect(all.commitments).toHaveLength(Math.min(50, all.total));
  expect(all.next).toBe(all.page_count > 1 ? `${baseURL}/api/commitments?page=2` : null);

  const costaRica = await apiList(request, "?country=cr");
  expect(costaRica.total).toBeGreaterThanOrEqual(3);
  expect(costaRica.commitments.every((row) => row.countries.some((country) => country.code === "CR"))).toBe(true);
  expect(costaRica.commitments.find((row) => row.key === CR_OFFICES)?.countries).toContainEqual({ code: "CR", name: "Costa Rica", lead: true, role: "lead" });

  const inProgress = await apiList(request, "?status=IN_PROGRESS");
  expect(inProgress.total).toBeGreaterThan(0);
  expect(inProgress.total).toBeLessThan(all.total);
  expect(inProgress.commitments.every((row) => row.status === "in_progress")).toBe(true);

  const visa = await apiList(request, "?q=visa");
  expect(visa.commitments.map((row) => row.key)).toEqual(expect.arrayContaining(["us-visa-restrictions-travel-executives", "ec-two-year-visa-renewals"]));
  expect(visa.total).toBeLessThan(all.total);

  const past = await apiList(request, `?page=${all.page_count + 1}`);
  expect(past).toMatchObject({ total: all.total, commitments: [], next: null });
});

test("a bad list parameter is a 400 that names it", async ({ request }) => {
  for (const [query, name] of [["?status=DONE", "status"], ["?page=-3", "page"], ["?country=../etc", "country"],
    ["?contry=CR", "contry"], ["?deadline=soon", "deadline"], ["?sort=x&sort=y", "sort"]] as const) {
    const response = await request.get(`/api/commitments${query}`);
    expect(response.status(), query).toBe(400);
    const body = await response.json() as { error: string; bad_parameters: string[] };
    expect(body.bad_parameters, query).toEqual([name]);
    expect(body.error, query).toContain(`"${name}"`);
  }
  expect((await (await request.get("/api/commitments?status=DONE")).json()).error).toBe('Bad query parameter: "status" ' +
    'cannot be "DONE" (not a status: NO_INFORMATION, NOT_STARTED, IN_PROGRESS, AT_RISK, PARTLY_COMPLETED, COMPLETED, ' +
    'DISCONTINUED).');
});

test("one commitment whole: deadlines as written, countries, source and public history", async ({ request, baseURL }) => {
  const response = await request.get(`/api/commitments/${CR_OFFICES}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const one = await response.json();
  expect(one).toMatchObject({ key: CR_OFFICES, title: CR_TITLE, parent_key: "cr-safe-mobility-offices", is_sub_commitment: true,
    pillar: "lawful-pathways", url: `${baseURL}/commitments/${CR_OFFICES}` });
  expect(one.deadlines[0]).toMatchObject({ kind: "deadline", date: "2025-12-01", precision: "month", as_written: "December 2025",
    due_on: "2025-12-31" });
  expect(["passed", "met"]).toContain(one.deadlines[0].state);
  expect(one.countries).toContainEqual({ code: "CR", name: "Costa Rica", lead: true, role: "lead" });
  expect(one.source.url).toMatch(/^https:\/\/www\.whitehouse\.gov\//);
  expect(one.updates.filter((update: ApiUpdate) => update.author === "Fact sheet")).toHaveLength(1);
  const times = one.updates.map((update: ApiUpdate) => update.created_at);
  expect(times).toEqual([...times].sort().reverse());

  const parent = await (await request.get("/api/commitments/cr-safe-mobility-offices")).json();
  expect(parent.sub_commitments.map((child: { key: string }) => child.key)).toContain(CR_OFFICES);
});

test("an unknown or malformed commitment key is a JSON 404", async ({ request }) => {
  for (const path of ["/api/commitments/no-such-thing", "/api/commitments/..%2Fetc", "/api/commitments/../etc",
    "/api/commitments/cr%00", "/api/commitments/CR-SAFE-MOBILITY-OFFICES-EXTENSION"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    if (!path.includes("/../")) expect(await response.json(), path).toEqual({ error: "No public commitment has this key." });
  }
});
