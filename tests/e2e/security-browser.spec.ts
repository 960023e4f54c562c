// @security
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { withAppDatabase } from "../support/e2e-database";
import { routesOnDisk } from "../support/routes-on-disk";

const root = path.resolve(import.meta.dirname, "../..");
const ADMIN = { email: "security.admin@example.org", password: "security admin passphrase" };
const CR = "cr-safe-mobility-offices-extension";

function userCli(args: string[], input = ""): string {
  return execFileSync("npm", ["run", "--silent", "user", "--", ...args], { cwd: root, input, encoding: "utf8",
    env: { ...process.env, DATA_DIR: e2eDataDir } });
}

async function signIn(page: Page) {
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function signedInPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await signIn(page);
  return page;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  userCli(["add", "--email", ADMIN.email, "--role", "admin"], `${ADMIN.password}\n`);
});

/** Ways of writing another site as a return path that browsers or servers have been known to follow. */
const BYPASSES = ["/\t/127.0.0.1:3702/", "/%09/127.0.0.1:3702/", "/\n/127.0.0.1:3702/", "/%0A/127.0.0.1:3702/",
  "/%0D/127.0.0.1:3702/", "/\\127.0.0.1:3702/", "\\/127.0.0.1:3702/", "/%5C127.0.0.1:3702/", "/%2F127.0.0.1:3702/",
  "/%252F127.0.0.1:3702/", "/%25252F%25252F127.0.0.1:3702/", "//127.0.0.1:3702/", "https://127.0.0.1:3702/",
  "https:127.0.0.1:3702", "https:/127.0.0.1:3702", "/ /127.0.0.1:3702/", "/%20/127.0.0.1:3702/", "%0A", "%0D"];

test("no return path after sign-in leaves the site (issue 13, item 1)", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const own = new URL(baseURL ?? "").origin;
  const signedIn = await signedInPage(browser);
  for (const bypass of BYPASSES) {
    // Already signed in: the sign-in page sends the visitor on at once.
    const response = await signedIn.goto(`/login?callbackUrl=${encodeURIComponent(bypass)}`);
    expect(response?.status() ?? 0, bypass).toBeLessThan(500);
    expect(new URL(signedIn.url()).origin, `signed in, ${JSON.stringify(bypass)}`).toBe(own);
    // Raw, as an attacker writes it in a link (the browser encodes what it must).
    const raw = await signedIn.goto(`/login?callbackUrl=${bypass}`);
    expect(raw?.status() ?? 0, `raw ${bypass}`).toBeLessThan(500);
    expect(new URL(signedIn.url()).origin, `signed in, raw ${JSON.stringify(bypass)}`).toBe(own);
  }
  await signedIn.context().close();
  const anonymous = await (await browser.newContext()).newPage();
  for (const bypass of ["%0A", "%0D", "/%0A", "/%0D/x", "%0D%0ASet-Cookie:%20x=1"]) {
    expect((await anonymous.goto(`/login?callbackUrl=${bypass}`))?.status() ?? 0, `anonymous ${bypass}`).toBeLessThan(500);
  }
  await anonymous.context().close();

  for (const bypass of BYPASSES.slice(0, 12)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(bypass)}`);
    await signIn(page);
    await page.waitForLoadState("load");
    expect(new URL(page.url()).origin, `fresh sign-in, ${JSON.stringify(bypass)}`).toBe(own);
    await context.close();
  }
});

test("a session cookie copied before sign-out opens nothing afterwards (issue 13, item 3)", async ({ browser, playwright, baseURL }) => {
  const page = await signedInPage(browser);
  await page.goto("/admin");
  const copied = await page.context().cookies();
  expect(copied.some((cookie) => cookie.name.includes("next-auth.session-token"))).toBe(true);
  const cookieHeader = copied.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: cookieHeader } });
  expect((await replay.get("/admin", { maxRedirects: 0 })).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login/);

  const adminPage = await replay.get("/admin", { maxRedirects: 0 });
  expect(adminPage.status()).toBe(307);
  expect(adminPage.headers().location).toMatch(/\/login\?callbackUrl=/);
  expect((await replay.get("/admin/export/commitments.csv")).status()).toBe(401);
  expect((await replay.get("/admin/export/updates.csv")).status()).toBe(401);
  expect(await (await replay.get("/api/auth/session")).json()).toEqual({});
  await replay.dispose();
  await page.context().close();
});

/** A real value for each [param] of a page route, by the folder above it. */
const PARAMS: Record<string, string> = { "commitments/[slug]": CR, "countries/[code]": "cr",
  "pillars/[slug]": "lawful-pathways", "commitments/[key]": CR, "sources/[key]": "la-declaration-2024-ministerial" };

function pageUrl(route: string): string {
  return route.replace(/([a-z]+)\/(\[[a-z]+\])/g, (all) => {
    const value = PARAMS[all];
    if (!value) throw new Error(`No sample value for ${all} in ${route}: add one to PARAMS.`);
    return `${all.split("/")[0]}/${value}`;
  });
}

test("every page on disk runs its scripts under its Content-Security-Policy (issue 13, items 5 and 6)", async ({ browser }) => {
  test.setTimeout(240_000);
  const pages = routesOnDisk().filter(({ kind }) => kind === "page").map(({ route }) => pageUrl(route));
  expect(pages).toContain("/export");
  // The 404 page, and each public page twice: the second visit is answered by the whole-page cache.
  const urls = [...pages, "/no-such-page", "/commitments/no-such-commitment", ...pages.filter((url) => !url.startsWith("/admin"))];
  const anonymous = await (await browser.newContext()).newPage();
  const staff = await signedInPage(browser);
  for (const page of [anonymous, staff]) {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
  }
  for (const page of [anonymous, staff]) {
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) consoleErrors.push(message.text());
    });
    for (const url of urls) {
      const response = await page.goto(url, { waitUntil: "networkidle" });
      const who = page === staff ? "staff" : "anonymous";
      expect(response?.status() ?? 0, `${url} as ${who}`).toBeLessThan(500);
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect(violations, `${url} as ${who}`).toEqual([]);
      expect(consoleErrors, `${url} as ${who}`).toEqual([]);
      const headers = response?.headers() ?? {};
      expect(headers["content-security-policy"], url).toMatch(/script-src 'self' 'nonce-/);
      expect(headers["permissions-policy"], url).toMatch(/camera=\(\)/);
      expect(headers["cross-origin-opener-policy"], url).toBe("same-origin");
      expect(headers["cross-origin-resource-policy"], url).toBe(url.startsWith("/embed/") ? "cross-origin" : "same-origin");
    }
  }
  await anonymous.context().close();
  await staff.context().close();
});

test("answers that are not pages carry their headers too: the 413, the API, feeds (issue 13, item 6)", async ({ request, baseURL }) => {
  const tooLarge = await request.fetch("/admin/import", { method: "POST", data: Buffer.alloc(7 * 1024 * 1024, 97),
    headers: { origin: new URL(baseURL ?? "").origin, "content-type": "application/octet-stream" } });
  expect(tooLarge.status()).toBe(413);
  expect(tooLarge.headers()["content-security-policy"]).toContain("default-src 'none'");
  for (const url of ["/api/commitments", "/api/commitments/no-such-commitment", "/feed.xml", "/export/updates.csv"]) {
    const headers = (await request.get(url)).headers();
    expect(headers["content-security-policy"], url).toBeTruthy();
    expect(headers["permissions-policy"], url).toBeTruthy();
    expect(headers["cross-origin-resource-policy"], url).toBe("cross-origin");
  }
});

test("a write with no Origin or Referer of this site, or a forged X-Forwarded-Host, is refused (issue 13, item 9)", async ({ playwright, baseURL, browser }) => {
  const own = new URL(baseURL ?? "").origin;
  const page = await signedInPage(browser);
  await page.goto("/admin/users");
  const cookie = (await page.context().cookies()).map((item) => `${item.name}=${item.value}`).join("; ");
  // The add-user action as the page's form posts it, kept to be sent again with other headers.
  let captured: { headers: Record<string, string>; body: Buffer } | null = null;
  await page.route("**/admin/users", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await page.getByLabel("Email").fill("forged@example.org");
  await page.getByLabel("Display name").fill("Forged");
  await page.getByLabel("Password (at least 12 characters)").fill("forged passphrase 1");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.context().close();
  const sent = captured as unknown as { headers: Record<string, string>; body: Buffer };

  const api = await playwright.request.newContext({ baseURL });
  const post = (headers: Record<string, string>) => api.fetch("/admin/users", { method: "POST", data: sent.body,
    headers: { cookie, "next-action": sent.headers["next-action"] ?? "", "content-type": sent.headers["content-type"] ?? "",
      accept: "text/x-component", ...headers } });
  expect((await post({})).status()).toBe(403);
  expect((await post({ origin: "https://attacker.example", "x-forwarded-host": "attacker.example",
    "x-forwarded-proto": "https" })).status()).toBe(403);
  expect((await post({ referer: "https://attacker.example/page" })).status()).toBe(403);
  const signInWithoutOrigin = await api.fetch("/api/auth/callback/credentials", { method: "POST",
    data: `email=${encodeURIComponent(ADMIN.email)}&password=${encodeURIComponent(ADMIN.password)}`,
    headers: { "content-type": "application/x-www-form-urlencoded" } });
  expect(signInWithoutOrigin.status()).toBe(403);
  expect(await withAppDatabase(e2eDataDir, (prisma) => prisma.user.count({ where: { email: "forged@example.org" } })))
    .toBe(0);
  // The same request from this site's own page goes through: the refusals above were the Origin check.
  expect((await post({ origin: own })).status()).toBe(200);
  expect(await withAppDatabase(e2eDataDir, (prisma) => prisma.user.count({ where: { email: "forged@example.org" } })))
    .toBe(1);
  await api.dispose();
});

test("an internal entry that changes the status shows publicly, with its date, on the page, feed and API (issue 13, item 10)", async ({ browser, request }) => {
  const page = await signedInPage(browser);
  const key = "uy-regularization-decrees";
  await page.goto(`/admin/commitments/${key}`);
  const current = await withAppDatabase(e2eDataDir, (prisma) => prisma.commitment.findUniqueOrThrow({ where: { key } }));
  const next = current.status === "AT_RISK" ? "IN_PROGRESS" : "AT_RISK";
  await page.getByLabel("Status", { exact: true }).selectOption(next);
  await page.getByLabel("Who may read this entry").selectOption("INTERNAL");
  await page.getByLabel("Reason for a status change").fill("Secret reason 7731");
  await page.getByLabel("Note", { exact: true }).fill("Secret note 7731");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();
  await page.context().close();

  const label = next === "AT_RISK" ? "At risk" : "In progress";
  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto(`/commitments/${key}`);
  const entry = publicPage.locator("li[data-update]").filter({ hasText: `to ${label}` }).first();
  await expect(entry).toBeVisible();
  await expect(entry.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expect(entry).toContainText("The notes on this change are internal.");
  await expect(publicPage.getByText("7731")).toHaveCount(0);
  await publicPage.context().close();

  const feed = await (await request.get(`/commitments/${key}/feed.xml`)).text();
  expect(feed).toContain(`status changed to ${label}`);
  expect(feed).not.toContain("7731");
  const api = await (await request.get(`/api/commitments/${key}`)).text();
  expect(api).not.toContain("7731");
  const history = (JSON.parse(api) as { updates: { new_status: string | null; note: string | null; created_at: string }[] })
    .updates;
  expect(history[0]).toMatchObject({ new_status: next.toLowerCase(), note: null });
  expect(history[0]?.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test("a title with a right-to-left override is isolated wherever it shows inline (issue 13, item 8)", async ({ page }) => {
  const title = "Visa offices \u202Eexe.txt";
  const original = await withAppDatabase(e2eDataDir, async (prisma) => {
    const { title: before } = await prisma.commitment.findUniqueOrThrow({ where: { key: CR } });
    await prisma.commitment.update({ where: { key: CR }, data: { title } });
    return before;
  });
  try {
    for (const url of ["/", `/commitments/${CR}`, "/countries/cr"]) {
      await page.goto(url);
      const shown = page.getByText(title, { exact: true }).first();
      await expect(shown, url).toBeVisible();
      expect(await shown.evaluate((node) => node.closest("bdi") !== null), url).toBe(true);
    }
  } finally {
    await withAppDatabase(e2eDataDir, (prisma) => prisma.commitment.update({ where: { key: CR }, data: { title: original } }));
  }
});
