import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { hashPassword } from "../../lib/auth/password";
import { db } from "../../lib/db/client";
import { encodeCsvRow, UTF8_BOM } from "../../lib/domain/csv-encode";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "../../lib/domain/import-limit";
import { median } from "./stats";

/**
 * Row 8: the preview of the largest file the import takes (MAX_IMPORT_ROWS rows filling nearly MAX_IMPORT_BYTES), sent
 * as the import form sends it without script, by a signed-in admin, beside csv-parse alone reading the same bytes.
 * The server's resident memory is sampled while the preview runs.
 */
const COLUMNS = ["key", "version", "declaration", "title", "description", "source_text", "type", "status", "lead_country",
  "countries"];

/**
 * New commitments, each with a description long enough that the file ends just under the size limit. Their quote is
 * one of the document's own sentences: the import refuses a quote that is not the document's words.
 */
export function largestImportFile(declaration: string, quote: string): Buffer {
  // Every row the same length: the key and the title pad their number.
  const row = (index: number, description: string) => encodeCsvRow([`bench-import-${String(index).padStart(5, "0")}`, "",
    declaration, `Synthetic commitment ${String(index).padStart(5, "0")} for the import benchmark`, description, quote,
    "program", "no_information", "PE", "PE"]);
  const fixed = Buffer.byteLength(row(0, ""));
  const room = Math.floor((MAX_IMPORT_BYTES - 4_096) / MAX_IMPORT_ROWS) - fixed;
  // No comma or quote in it, so that every row has the same length unquoted.
  const description = "A synthetic description of what was promised repeated to the length of a long one. ".repeat(20)
    .slice(0, room);
  const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, index) => row(index, description));
  return Buffer.from(UTF8_BOM + encodeCsvRow(COLUMNS) + rows.join(""));
}

async function rss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Cookies of a response, as one Cookie header together with those already held. */
function keepCookies(held: Map<string, string>, response: Response): void {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const at = pair!.indexOf("=");
    held.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}
const cookieHeader = (held: Map<string, string>) => [...held].map(([name, value]) => `${name}=${value}`).join("; ");

/** A new admin, signed in through next-auth's credentials callback as the login form does. */
async function signInAdmin(appUrl: string): Promise<Map<string, string>> {
  const email = `bench-import-${Date.now()}@example.org`;
  const password = "bench import passphrase 1";
  await db().user.create({ data: { email, displayName: "Bench importer", role: "ADMIN",
    passwordHash: await hashPassword(password) } });
  const cookies = new Map<string, string>();
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  keepCookies(cookies, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    // A browser names the page's origin on every form post; the app refuses a write that does not (proxy.ts).
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(cookies), origin: appUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${appUrl}/admin/import` }),
  });
  keepCookies(cookies, signedIn);
  if (![...cookies.keys()].some((name) => name.endsWith("session-token"))) throw new Error("the bench admin could not sign in");
  return cookies;
}

/** The hidden fields React renders into the form so that it posts to its server action without script. */
async function actionFields(appUrl: string, cookies: Map<string, string>): Promise<[string, string][]> {
  const html = await (await fetch(`${appUrl}/admin/import`, { headers: { cookie: cookieHeader(cookies) } })).text();
  const unescape = (text: string) => text.replace(/&quot;/g, "\"").replace(/&#x27;/g, "'").replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const fields = [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)]
    .map((match): [string, string] => [unescape(match[1]!), unescape(match[2] ?? "")]);
  if (fields.length === 0) throw new Error("the import page has no server-action form fields");
  return fields;
}

export type ImportPreviewRun = { rows: number; megabytes: number; oursSeconds: number; parseSeconds: number;
  memoryGrowthMb: number; answer: string };

export async function measureImportPreview(appUrl: string, serverPid: number, rounds: number): Promise<ImportPreviewRun> {
  const quoted = await db().commitment.findFirstOrThrow({ where: { sourceText: { not: "" } },
    select: { sourceText: true, declaration: { select: { key: true } } } });
  const bytes = largestImportFile(quoted.declaration.key, quoted.sourceText);
  const cookies = await signInAdmin(appUrl);
  const fields = await actionFields(appUrl, cookies);

  const ours: number[] = [];
  const growth: number[] = [];
  let answer = "";
  for (let round = 0; round < rounds; round += 1) {
    const body = new FormData();
    for (const [name, value] of fields) body.append(name, value);
    body.set("file", new File([new Uint8Array(bytes)], "commitments-largest.csv", { type: "text/csv" }));
    body.set("intent", "preview");
    const before = await rss(serverPid);
    let peak = before;
    const sampler = setInterval(() => void rss(serverPid).then((value) => (peak = Math.max(peak, value)), () => undefined), 20);
    const started = performance.now();
    const response = await fetch(`${appUrl}/admin/import`, { method: "POST", body, headers: { cookie: cookieHeader(cookies), origin: appUrl } });
    const html = await response.text();
    ours.push((performance.now() - started) / 1000);
    clearInterval(sampler);
    peak = Math.max(peak, await rss(serverPid));
    growth.push(peak - before);
    answer = `${response.status}, ${Math.round(html.length / 1024)} KiB, ` +
      (/\d+ to add, \d+ to change/.exec(html)?.[0] ?? "no preview in the answer");
  }
  const parseTimes: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    parse(bytes, { bom: true, relax_column_count: true });
    parseTimes.push((performance.now() - started) / 1000);
  }
  return { rows: MAX_IMPORT_ROWS, megabytes: bytes.length / 1024 / 1024, oursSeconds: median(ours),
    parseSeconds: median(parseTimes), memoryGrowthMb: Math.max(...growth), answer };
}
