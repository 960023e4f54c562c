// @faults
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { decodeCsvCell, encodeCsvRow, UTF8_BOM } from "../../lib/domain/csv-encode";
import { ensureDatabase, withDatabase } from "../../lib/db/databases";
import { startEmbeddedServer, type EmbeddedServer } from "../../lib/db/embedded-server";
import { freePort, startApp, type AppProcess } from "../support/app-process";

/**
 * Several app instances behind a real load balancer (Debian's HAProxy) on one PostgreSQL, as docs/operations.md
 * describes: nothing a reader or a staff member does may depend on which instance answers.
 */
const root = path.resolve(import.meta.dirname, "../..");
const SECRET = "scale-out-test-secret-0123456789abcdef0123456789";
const ADMIN = { email: "scale.admin@example.org", password: "scale admin passphrase 1" };
const KEY = "pe-migrant-children-school-documentation";
const CACHE = "x-pledgeboard-page-cache";
// Debian installs it outside a non-root PATH.
const HAPROXY = existsSync("/usr/sbin/haproxy") ? "/usr/sbin/haproxy" : "haproxy";

let folder: string;
let database: EmbeddedServer;
let databaseUrl: string;
let instances: AppProcess[] = [];
let balancer: ChildProcess | undefined;
let balancerUrl: string;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  folder = await mkdtemp(path.join(tmpdir(), "pledgeboard-scale-out-"));
  database = await startEmbeddedServer({ dataDir: path.join(folder, "postgres") });
  await ensureDatabase(database.url, "pledgeboard");
  databaseUrl = withDatabase(database.url, "pledgeboard");
  const env = { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, TRUST_PROXY_HOPS: "1" };
  // One after the other: the first migrates and seeds, the second finds it done.
  instances.push(await startApp({ dataDir: path.join(folder, "a"), env }));
  instances.push(await startApp({ dataDir: path.join(folder, "b"), env }));
  const port = await freePort();
  const config = path.join(folder, "haproxy.cfg");
  await writeFile(config, [
    "defaults", "  mode http", "  timeout connect 5s", "  timeout client 60s", "  timeout server 60s",
    "frontend web", `  bind 127.0.0.1:${port}`, "  option forwardfor", "  default_backend apps",
    "backend apps", "  balance roundrobin", "  http-response set-header X-Instance %[srv_name]",
    ...instances.map((app, index) => `  server app${index} ${new URL(app.baseUrl).host}`), "",
  ].join("\n"));
  balancer = spawn(HAPROXY, ["-f", config, "-db"], { stdio: "ignore" });
  balancerUrl = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    const status = await fetch(`${balancerUrl}/api/health`).then((response) => response.status, () => 0);
    if (status === 200) break;
    if (tries > 100) throw new Error("HAProxy did not answer (apt-get install -y haproxy)");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", ADMIN.email, "--role", "admin", "--name",
    "Scale Admin"], { cwd: root, input: ADMIN.password + "\n", env: { ...process.env, DATABASE_URL: databaseUrl } });
});

test.afterEach(async ({}, info) => {
  if (info.status === info.expectedStatus) return;
  for (const [index, app] of instances.entries()) await info.attach(`app${index}.log`, { body: app.output() });
});

test.afterAll(async () => {
  balancer?.kill("SIGTERM");
  await Promise.all(instances.map((app) => app.stop()));
  instances = [];
  await database?.stop();
  await rm(folder, { recursive: true, force: true });
});

/**
 * A GET that tries once more when the connection it reused was closed under it: the servers end idle keep-alive
 * connections after 5 s, and on a loaded machine the client may pick one at that very moment.
 */
async function get(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

/** next-auth's credentials sign-in as a browser without JavaScript makes it, against one base URL. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string | null> {
  const csrf = await get(`${baseUrl}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies, Origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/admin` }),
  });
  const session = answer.headers.getSetCookie().find((cookie) => cookie.startsWith("next-auth.session-token="));
  return session ? session.split(";")[0]! : null;
}

/** The staff dashboard's status for the holder of `cookie`: 200 when signed in, a redirect to sign-in otherwise. */
async function dashboardStatus(baseUrl: string, cookie: string): Promise<number> {
  return (await get(`${baseUrl}/admin`, { headers: { Cookie: cookie }, redirect: "manual" })).status;
}

async function signedInPage(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  return { context, page };
}

test("the load balancer sends requests to both instances", async () => {
  const served = new Set<string>();
  for (let i = 0; i < 6; i += 1) served.add((await get(`${balancerUrl}/api/health`)).headers.get("x-instance") ?? "");
  expect([...served].sort()).toEqual(["app0", "app1"]);
});

test("a session made through the load balancer works on each instance", async () => {
  const cookie = await signIn(balancerUrl, ADMIN.email, ADMIN.password);
  expect(cookie).not.toBeNull();
  for (const app of instances) {
    expect(await dashboardStatus(app.baseUrl, cookie!)).toBe(200);
    expect(await dashboardStatus(app.baseUrl, "next-auth.session-token=forged")).toBe(307);
  }
});

test("sign-in throttling counts the attempts made on every instance", async () => {
  const email = "scale.editor@example.org";
  const password = "scale editor passphrase";
  execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", email, "--role", "editor"], {
    cwd: root, input: password + "\n", env: { ...process.env, DATABASE_URL: databaseUrl } });
  // The documented limit is 5 failures per account, whichever instance counted them.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    expect(await signIn(instances[attempt % 2]!.baseUrl, email, "not the password")).toBeNull();
  }
  expect(await signIn(instances[1]!.baseUrl, email, password)).toBeNull();
  expect(await signIn(instances[0]!.baseUrl, email, password)).toBeNull();
});

test("a save through one instance shows on the other at its next request", async ({ browser }) => {
  const [one, other] = instances as [AppProcess, AppProcess];
  // Read whole: the copy is kept once the answer has been sent to the end.
  await (await get(`${other.baseUrl}/commitments/${KEY}`)).text();
  expect((await get(`${other.baseUrl}/commitments/${KEY}`)).headers.get(CACHE)).toBe("hit");

  const note = `Schools in Lima enrolled the first documented pupils (${Date.now()}).`;
  const { context, page } = await signedInPage(browser, one.baseUrl);
  await page.goto(`/admin/commitments/${KEY}`);
  await page.getByLabel("Note", { exact: true }).fill(note);
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText("Update saved and added to the history.")).toBeVisible();
  await context.close();

  const after = await get(`${other.baseUrl}/commitments/${KEY}`);
  expect(after.headers.get(CACHE)).toBe("miss");
  expect(await after.text()).toContain(note);
});

test("an import through one instance is seen by both", async ({ browser }) => {
  const [one] = instances as [AppProcess, AppProcess];
  const title = `Peru documents migrant children in schools (imported ${Date.now()})`;
  const { context, page } = await signedInPage(browser, one.baseUrl);
  const exported = await page.request.get("/admin/export/commitments.csv");
  const rows = (parse(await exported.text(), { bom: true, columns: true }) as Record<string, string>[]).map((row) =>
    Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, decodeCsvCell(cell)])));
  const columns = Object.keys(rows[0]!);
  const file = path.join(folder, "commitments.csv");
  await writeFile(file, UTF8_BOM + encodeCsvRow(columns) + rows.map((row) =>
    encodeCsvRow(columns.map((column) => (row.key === KEY && column === "title" ? title : row[column])))).join(""));

  await page.goto("/admin/import");
  await page.getByLabel(/CSV file/).setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Apply these changes" }).click();
  await expect(page.getByRole("status")).toContainText("1 changed");
  await context.close();

  for (const app of instances) {
    const answer = await get(`${app.baseUrl}/commitments/${KEY}`);
    expect(await answer.text()).toContain(title.replace(/'/g, "&#x27;"));
  }
});
