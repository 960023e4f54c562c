// @security
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { expect, test, type Browser } from "@playwright/test";
import config, { e2eDataDir } from "../../playwright.config";
import { routesOnDisk } from "../support/routes-on-disk";

const root = path.resolve(import.meta.dirname, "../..");
const baseURL = String(config.use?.baseURL);

/** A real address for each route pattern on disk; a route without one fails the first test. */
const SAMPLE_URLS: Record<string, string> = {
  "/": "/",
  "/commitments/[slug]": "/commitments/cr-safe-mobility-offices-extension",
  "/commitments/[slug]/feed.xml": "/commitments/cr-safe-mobility-offices-extension/feed.xml",
  "/countries/[code]": "/countries/cr",
  "/countries/[code]/feed.xml": "/countries/cr/feed.xml",
  "/pillars/[slug]": "/pillars/lawful-pathways",
  "/sources/[key]": "/sources/la-declaration-2024-ministerial",
  "/updates": "/updates",
  "/map": "/map",
  "/login": "/login",
  "/export": "/export",
  "/export/commitments.csv": "/export/commitments.csv",
  "/export/updates.csv": "/export/updates.csv",
  "/embed/commitments/[slug]": "/embed/commitments/cr-safe-mobility-offices-extension",
  "/embed/countries/[code]": "/embed/countries/cr",
  "/api/health": "/api/health",
  "/api/commitments": "/api/commitments",
  "/api/commitments/[slug]": "/api/commitments/cr-safe-mobility-offices-extension",
  "/api/auth/[...nextauth]": "/api/auth/session",
  "/feed.xml": "/feed.xml",
  "/calendar/deadlines.ics": "/calendar/deadlines.ics",
  "/calendar/u/[token]": `/calendar/u/${"x".repeat(43)}.ics`,
  "/admin": "/admin",
  "/admin/commitments": "/admin/commitments",
  "/admin/commitments/[key]": "/admin/commitments/cr-safe-mobility-offices-extension",
  "/admin/commitments/[key]/edit": "/admin/commitments/cr-safe-mobility-offices-extension/edit",
  "/admin/commitments/new": "/admin/commitments/new",
  "/admin/export/commitments.csv": "/admin/export/commitments.csv",
  "/admin/export/updates.csv": "/admin/export/updates.csv",
  "/admin/users": "/admin/users",
  "/admin/sources": "/admin/sources",
  "/admin/sources/new": "/admin/sources/new",
  "/admin/sources/[key]": "/admin/sources/la-declaration-2024-ministerial",
  "/admin/import": "/admin/import",
  "/admin/reminders": "/admin/reminders",
  "/admin/calendar": "/admin/calendar",
};

/**
 * Values a careless or hostile client puts in a query string, as sent on the wire, per parameter the lists and pages
 * read. `callbackUrl` of /login is the return-path check's own suite (tests/e2e/csrf.spec.ts and injection.spec.ts).
 */
const HOSTILE_QUERY: Record<string, string[]> = {
  q: ["%00", "a%00b", "%C0%AE%C0%AE", "%E0%A4%A", "%", "x".repeat(5_000), "%27%3B%20DROP%20TABLE%20commitment%3B--",
    "%F0%9F%98%80", "%5C%5C", "%0A%0D"],
  pillar: ["lawful-pathway", "..%2F..%2Fetc", "%00", "A".repeat(500)],
  country: ["ZZ", "%00", "cr%00", "%C3%BF%C3%BF", "c"],
  status: ["DONE", "%00", "in_progress%00", "__proto__"],
  deadline: ["-1", "99999999999999999999", "%00"],
  updatedSince: ["2025-13-45", "2025-00-10", "0000-01-01", "2025-02-30", "99999-01-01", "-001-01-01",
    "2025-01-01T00:00:00Z", "%00"],
  sort: ["__proto__", "constructor", "%00"],
  page: ["-1", "0", "1e309", "99999999999999999999", "NaN", "1.5", "0x10", "%00", "Infinity"],
  scope: ["all", "%00", "everything"],
  framework: ["nowhere", "%00", "A".repeat(500)],
  source: ["nowhere", "%00", "..%2F..%2Fetc"],
  denied: ["%00", "x".repeat(3_000)],
  "%00": ["1"],
  "__proto__[polluted]": ["1"],
};
const REPEATED = ["status=AT_RISK&status=DONE", "page=2&page=-1", "q=a&q=%00"];
const METHODS = ["TRACE", "TRACK", "OPTIONS", "PUT", "DELETE", "PATCH", "PROPFIND", "HEAD", "POST"];
const BROKEN_ESCAPES = ["%E0%A4%A", "%C0%AE%C0%AE", "%", "%FF", "%00"];

type Answer = { status: number } | { dropped: string };

/** One request as raw as a client may send it; the whole body is read, so a stream cut short counts as dropped. */
function send(method: string, target: string, options: { cookie?: string; headers?: Record<string, string>;
  body?: string } = {}): Promise<Answer> {
  const url = new URL(baseURL);
  return new Promise((resolve) => {
    const request = httpRequest({ host: url.hostname, port: url.port, method, path: target, headers: {
      ...(options.cookie ? { Cookie: options.cookie } : {}), ...options.headers } }, (response) => {
      response.on("data", () => undefined);
      response.on("end", () => resolve({ status: response.statusCode ?? 0 }));
      response.on("aborted", () => resolve({ dropped: "the answer was cut short" }));
      response.on("error", (error) => resolve({ dropped: error.message }));
    });
    request.setTimeout(60_000, () => request.destroy(new Error("no answer within 60 s")));
    request.on("error", (error) => resolve({ dropped: error.message }));
    request.end(options.body);
  });
}

/** Sends every request, four at a time, and lists those answered with a 5xx or not answered at all. */
async function failures(requests: { method: string; target: string; cookie?: string; headers?: Record<string, string>;
  body?: string }[]): Promise<string[]> {
  const bad: string[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < requests.length; index = next++) {
      const { method, target, ...options } = requests[index]!;
      const answer = await send(method, target, options);
      if ("dropped" in answer) bad.push(`${method} ${target.slice(0, 160)}: dropped (${answer.dropped})`);
      else if (answer.status >= 500) bad.push(`${method} ${target.slice(0, 160)}: ${answer.status}`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return bad;
}

const withQuery = (url: string, query: string) => `${url}${url.includes("?") ? "&" : "?"}${query}`;

let adminCookie: Promise<string> | undefined;

/** The session cookie of an admin made for this walk, once per run. */
function signedInAdmin(browser: Browser): Promise<string> {
  adminCookie ??= signInAdmin(browser);
  return adminCookie;
}

async function signInAdmin(browser: Browser): Promise<string> {
  const email = "hostile-admin@example.org";
  const password = "hostile passphrase 1234";
  execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", email, "--role", "admin"], {
    cwd: root, input: password + "\n", env: { ...process.env, DATA_DIR: e2eDataDir }, encoding: "utf8" });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const cookies = await context.cookies();
  await context.close();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

test.describe.configure({ mode: "serial" });

test("every route on disk has an address in the hostile walk", () => {
  expect(routesOnDisk().map(({ route }) => route).sort()).toEqual(Object.keys(SAMPLE_URLS).sort());
});

test("no hostile query value on any route, anonymous or signed in, gives a 5xx or a dropped connection",
  async ({ browser }) => {
    test.setTimeout(900_000);
    const cookie = await signedInAdmin(browser);
    const requests = Object.values(SAMPLE_URLS).flatMap((url) => [
      ...Object.entries(HOSTILE_QUERY).flatMap(([name, values]) => values.map((value) => withQuery(url, `${name}=${value}`))),
      ...REPEATED.map((query) => withQuery(url, query)),
    ]).flatMap((target) => [{ method: "GET", target }, { method: "GET", target, cookie }]);
    expect(await failures(requests)).toEqual([]);
  });

test("no odd method and no broken percent-escape in a path gives a 5xx or a dropped connection", async () => {
  test.setTimeout(300_000);
  const urls = Object.values(SAMPLE_URLS);
  const requests = [
    ...urls.flatMap((target) => METHODS.map((method) => ({ method, target }))),
    // Each segment of each address in turn replaced by a broken escape, dynamic ones ([slug], [code]) above all.
    ...urls.flatMap((url) => url.split("/").slice(1).flatMap((_segment, index, segments) => BROKEN_ESCAPES.map((escape) =>
      ({ method: "GET", target: "/" + segments.map((part, at) => (at === index ? escape : part)).join("/") })))),
  ];
  expect(await failures(requests)).toEqual([]);
});

test("a malformed multipart body to any server action gives no 5xx", async ({ browser }) => {
  const cookie = await signedInAdmin(browser);
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as
    { node: Record<string, { workers: Record<string, unknown> }> };
  const bodies: [string, string][] = [
    ["multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"1_status\"\r\n\r\nAT_RISK\r\n--XY"],
    ["multipart/form-data", "garbage"],
    ["multipart/form-data; boundary=XYZ", "garbage"],
    ["multipart/form-data; boundary=XYZ", "--XYZ\r\nno header end\r\n--XYZ--\r\n"],
  ];
  const requests = Object.entries(manifest.node).flatMap(([id, { workers }]) => Object.keys(workers).flatMap((worker) => {
    const page = "/" + worker.replace(/^app\//, "").replace(/\/page$/, "").split("/")
      .filter((segment) => !/^\(.*\)$/.test(segment)).join("/").replace("[key]", "cr-safe-mobility-offices-extension");
    return bodies.map(([type, body]) => ({ method: "POST", target: page, cookie, body,
      headers: { "Next-Action": id, "Content-Type": type, Origin: baseURL } }));
  }));
  expect(requests.length).toBeGreaterThan(10);
  expect(await failures(requests)).toEqual([]);
});

test("an unknown pillar or country, or a date not in the calendar, is a 400 naming it from the API and the CSV files",
  async ({ request }) => {
    for (const [query, name, value] of [["pillar=lawful-pathway", "pillar", "lawful-pathway"], ["country=ZZ", "country", "ZZ"],
      ["updatedSince=2025-02-30", "updatedSince", "2025-02-30"], ["updatedSince=0000-01-01", "updatedSince", "0000-01-01"],
      ["q=%00", "q", "?"]] as const) {
      const api = await request.get(`/api/commitments?${query}`);
      expect(api.status(), query).toBe(400);
      const body = await api.json() as { error: string; bad_parameters: string[] };
      expect(body.bad_parameters, query).toEqual([name]);
      expect(body.error, query).toContain(`"${name}" cannot be "${value}"`);
      for (const file of ["/export/commitments.csv", "/export/updates.csv"]) {
        const csv = await request.get(`${file}?${query}`);
        expect(csv.status(), `${file}?${query}`).toBe(400);
        expect(await csv.text(), `${file}?${query}`).toContain(`"${name}" cannot be "${value}"`);
      }
    }
  });

test("a page says it ignored an unknown country or pillar and a bad date, and lists everything instead", async ({ page }) => {
  await page.goto("/");
  const count = page.getByRole("status").filter({ hasText: "commitments match" });
  const everything = await count.textContent();
  expect(everything).toMatch(/^[1-9]\d* commitments match/);
  await page.goto("/?country=ZZ&pillar=lawful-pathway&updatedSince=2025-13-45");
  const notice = page.getByRole("status").filter({ hasText: "Ignored filters" });
  await expect(notice).toContainText('country "ZZ" (no commitment names this country)');
  await expect(notice).toContainText('pillar "lawful-pathway" (no pillar has this name)');
  await expect(notice).toContainText('updated since "2025-13-45"');
  // The same count as with no filter at all (a substring test of "0 commitments match" would also match "40 ...").
  await expect(count).toHaveText(everything ?? "");
  await expect(page.getByLabel("Country")).toHaveValue("");
});
