// @security
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { withAppDatabase } from "../support/e2e-database";
import { routesOnDisk } from "../support/routes-on-disk";

const root = path.resolve(import.meta.dirname, "../..");
type Who = "anonymous" | "viewer" | "editorIn" | "editorOut" | "admin";
const WHO: Who[] = ["anonymous", "viewer", "editorIn", "editorOut", "admin"];

/** What each kind of caller gets: a page, a redirect to sign-in, the admin-only notice, or a refusal status. */
type Expect = 200 | "login" | "denied" | "dashboard" | 401 | 403 | 404;
const PUBLIC: Record<Who, Expect> = { anonymous: 200, viewer: 200, editorIn: 200, editorOut: 200, admin: 200 };
const STAFF: Record<Who, Expect> = { anonymous: "login", viewer: 200, editorIn: 200, editorOut: 200, admin: 200 };
const ADMIN_PAGE: Record<Who, Expect> = { anonymous: "login", viewer: "denied", editorIn: "denied", editorOut: "denied", admin: 200 };

/**
 * Every page and route handler of the app, found on disk (route groups dropped, [params] filled with a real value).
 * A new route without a line here fails the first test.
 */
const MATRIX: Record<string, { url: string; expect: Record<Who, Expect> }> = {
  "/": { url: "/", expect: PUBLIC },
  "/commitments/[slug]": { url: "/commitments/cr-safe-mobility-offices-extension", expect: PUBLIC },
  "/sources/[key]": { url: "/sources/la-declaration-2024-ministerial", expect: PUBLIC },
  "/countries/[code]": { url: "/countries/cr", expect: PUBLIC },
  "/pillars/[slug]": { url: "/pillars/lawful-pathways", expect: PUBLIC },
  "/updates": { url: "/updates", expect: PUBLIC },
  "/map": { url: "/map", expect: PUBLIC },
  "/login": { url: "/login", expect: { anonymous: 200, viewer: "dashboard", editorIn: "dashboard", editorOut: "dashboard",
    admin: "dashboard" } },
  "/embed/commitments/[slug]": { url: "/embed/commitments/cr-safe-mobility-offices-extension", expect: PUBLIC },
  "/embed/countries/[code]": { url: "/embed/countries/cr", expect: PUBLIC },
  "/api/health": { url: "/api/health", expect: PUBLIC },
  "/api/commitments": { url: "/api/commitments", expect: PUBLIC },
  "/api/commitments/[slug]": { url: "/api/commitments/cr-safe-mobility-offices-extension", expect: PUBLIC },
  "/feed.xml": { url: "/feed.xml", expect: PUBLIC },
  "/commitments/[slug]/feed.xml": { url: "/commitments/cr-safe-mobility-offices-extension/feed.xml", expect: PUBLIC },
  "/countries/[code]/feed.xml": { url: "/countries/cr/feed.xml", expect: PUBLIC },
  "/api/auth/[...nextauth]": { url: "/api/auth/session", expect: PUBLIC },
  "/export": { url: "/export", expect: PUBLIC },
  "/export/commitments.csv": { url: "/export/commitments.csv", expect: PUBLIC },
  "/export/updates.csv": { url: "/export/updates.csv", expect: PUBLIC },
  "/admin/export/commitments.csv": { url: "/admin/export/commitments.csv", expect: { ...PUBLIC, anonymous: 401 } },
  "/admin/export/updates.csv": { url: "/admin/export/updates.csv", expect: { ...PUBLIC, anonymous: 401 } },
  "/admin": { url: "/admin", expect: STAFF },
  "/admin/commitments": { url: "/admin/commitments", expect: STAFF },
  "/admin/commitments/[key]": { url: "/admin/commitments/cr-safe-mobility-offices-extension", expect: STAFF },
  "/admin/commitments/[key]/edit": { url: "/admin/commitments/cr-safe-mobility-offices-extension/edit", expect: ADMIN_PAGE },
  "/admin/commitments/new": { url: "/admin/commitments/new", expect: ADMIN_PAGE },
  "/admin/users": { url: "/admin/users", expect: ADMIN_PAGE },
  "/admin/sources": { url: "/admin/sources", expect: ADMIN_PAGE },
  "/admin/sources/new": { url: "/admin/sources/new", expect: ADMIN_PAGE },
  "/admin/sources/[key]": { url: "/admin/sources/la-declaration-2024-ministerial", expect: ADMIN_PAGE },
  "/admin/import": { url: "/admin/import", expect: ADMIN_PAGE },
  "/admin/reminders": { url: "/admin/reminders", expect: STAFF },
  "/admin/calendar": { url: "/admin/calendar", expect: STAFF },
  "/calendar/deadlines.ics": { url: "/calendar/deadlines.ics", expect: PUBLIC },
  // A secret nobody holds: the personal calendar opens only with its owner's secret, and never with a session.
  "/calendar/u/[token]": { url: `/calendar/u/${"x".repeat(43)}.ics`, expect: { anonymous: 404, viewer: 404,
    editorIn: 404, editorOut: 404, admin: 404 } },
};

const PASSWORD = "matrix passphrase 1234";
const ACCOUNTS: Record<Exclude<Who, "anonymous">, string[]> = {
  viewer: ["--role", "viewer"],
  editorIn: ["--role", "editor"],
  editorOut: ["--role", "editor"],
  admin: ["--role", "admin"],
};

async function signedInContext(browser: Browser, who: Who): Promise<APIRequestContext> {
  const context = await browser.newContext();
  if (who !== "anonymous") {
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(`matrix-${who.toLowerCase()}@example.org`);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await page.close();
  }
  return context.request;
}

test.describe.configure({ mode: "serial" });

test("every route of the app has a line in the access matrix", () => {
  expect(routesOnDisk().map(({ route }) => route).sort()).toEqual(Object.keys(MATRIX).sort());
});

test("each caller gets what the matrix says on every page and route", async ({ browser }) => {
  test.setTimeout(120_000);
  for (const [who, args] of Object.entries(ACCOUNTS)) {
    execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", `matrix-${who.toLowerCase()}@example.org`, ...args], {
      cwd: root, input: PASSWORD + "\n", env: { ...process.env, DATA_DIR: e2eDataDir }, encoding: "utf8" });
  }
  // The out-of-scope editor may write Uruguay only; reading is the same for every staff member.
  await withAppDatabase(e2eDataDir, async (prisma) => {
    const editor = await prisma.user.findUniqueOrThrow({ where: { email: "matrix-editorout@example.org" } });
    await prisma.userScope.create({ data: { userId: editor.id, countryCode: "UY" } });
  });
  for (const who of WHO) {
    const request = await signedInContext(browser, who);
    for (const [route, { url, expect: expected }] of Object.entries(MATRIX)) {
      const response = await request.get(url, { maxRedirects: 0 });
      const want = expected[who];
      const label = `${route} as ${who}`;
      if (want === "login") {
        expect(response.status(), label).toBe(307);
        expect(response.headers().location, label).toMatch(/\/login\?callbackUrl=/);
      } else if (want === "dashboard") {
        expect(response.status(), label).toBe(307);
        expect(response.headers().location, label).toMatch(/\/admin$/);
      } else if (want === "denied") {
        expect(response.status(), label).toBe(307);
        expect(response.headers().location, label).toMatch(/\/admin\?denied=1/);
      } else {
        expect(response.status(), label).toBe(want);
      }
    }
  }
});
