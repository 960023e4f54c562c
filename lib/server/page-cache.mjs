// Whole-page cache for anonymous readers of the public pages, in the web server in front of Next.js.
//
// A public page is a function of its URL, the data and the day: the same HTML for every anonymous reader until a
// write changes the data generation (pushed by PostgreSQL to every instance behind a load balancer,
// lib/server/data-generation.mjs) or the day turns in the app's time zone. Rendering costs tens of milliseconds of
// CPU; a hit costs a lookup in memory, with no round trip to the database. The copy is kept with the
// response's own headers, its Content-Security-Policy nonce included: a nonce only has to be unknown to whoever
// wrote the page's content, and any new content makes a new generation, so a new render with a new nonce.
// Losing the cache costs a render; nothing here is state another instance needs.
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { dataGeneration } from "./data-generation.mjs";
import { PUBLIC_PAGE_ROUTES, routesPattern } from "./public-pages.mjs";
import { cookieLocale, followsReaderLanguage, preferredLocale, splitLocalePath } from "../i18n/negotiate.mjs";

/** Pages that look the same to every anonymous reader (feeds and the API have their own Cache-Control: no-store). */
const PUBLIC_PAGE = routesPattern(PUBLIC_PAGE_ROUTES);
/** Requests Next.js answers with something other than the page's HTML: router payloads, prefetches, actions. */
const NEXT_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action",
  "range"];
const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_PAGE_BYTES = 4 * 1024 * 1024;
export const CACHE_HEADER = "x-pledgeboard-page-cache";

/**
 * The cache key of a request, or null when its answer may differ from reader to reader: not a GET of a public page,
 * a signed-in reader (next-auth's cookie), or a request of Next.js's router rather than a reader's.
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} request
 * @returns {string | null}
 */
export function pageCacheKey(request) {
  if (request.method !== "GET") return null;
  const target = request.url ?? "/";
  // The common case, a bare path of only the characters the pattern allows, needs no URL parsing: it has no dot
  // segment or escape that parsing would change.
  // A Spanish page (/es/...) is the English page's route in another language (proxy.ts).
  const bare = !target.includes("?") && PUBLIC_PAGE.test(splitLocalePath(target).path);
  const url = bare ? null : new URL(target, "http://cache.invalid");
  const { prefix, path } = splitLocalePath(url ? url.pathname : target);
  if (url && (!PUBLIC_PAGE.test(path) || url.searchParams.has("_rsc"))) return null;
  if (prefix === "en" || NEXT_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  const cookie = String(request.headers.cookie ?? "");
  if (/next-auth\./.test(cookie)) return null;
  // Only a reader whose language is the address's own: proxy.ts redirects a Spanish reader from an English address,
  // and remembers Spanish (a cookie) for a reader who opens a Spanish page without having chosen it yet.
  if (followsReaderLanguage(path) && (prefix === "es" ? cookieLocale(cookie) !== "es"
    : preferredLocale({ cookie, acceptLanguage: String(request.headers["accept-language"] ?? "") }) !== "en")) {
    return null;
  }
  // Next.js compresses for readers that accept it, so the stored bytes depend on what the reader accepts.
  return `${url ? url.pathname + url.search : target}\n${String(request.headers["accept-encoding"] ?? "")}`;
}

const DECOMPRESS = { gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync };

/**
 * Whether a page's scripts carry the nonce of the Content-Security-Policy it came with. A page Next.js prerendered
 * holds no nonce or an old one; kept, it would be served with a policy that refuses every script on it.
 * @param {import("node:http").OutgoingHttpHeaders} headers
 * @param {Buffer} body
 * @returns {boolean}
 */
export function scriptsMatchTheirPolicy(headers, body) {
  const encoding = String(headers["content-encoding"] ?? "identity");
  const decompress = DECOMPRESS[/** @type {keyof typeof DECOMPRESS} */ (encoding)];
  if (!decompress && encoding !== "identity") return false;
  let html;
  try {
    html = (decompress ? decompress(body) : body).toString("utf8");
  } catch {
    return false;
  }
  const nonce = /'nonce-([^']+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1];
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  return scripts.every((tag) => nonce !== undefined && tag.includes(`nonce="${nonce}"`));
}

/** How long the day of the app's time zone is taken as known: formatting it costs more than the rest of a hit. */
const DAY_CHECK_MS = 1_000;

/**
 * @param {{ databaseUrl: string; timeZone: string }} options
 * @returns {{ serve: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => boolean }}
 */
export function createPageCache({ databaseUrl, timeZone }) {
  const data = dataGeneration(databaseUrl);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  let day = "";
  let dayCheckedAt = -Infinity;
  /** @type {Map<string, { generation: string; status: number; headers: (string | number)[]; body: Buffer }>} */
  const entries = new Map();
  let bytes = 0;

  const forget = (/** @type {string} */ key) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.length;
    entries.delete(key);
  };

  /** The data generation and the day, or null while a change may have been missed (the page is then rendered). */
  function generationNow() {
    const current = data.current();
    if (current === null) return null;
    const now = Date.now();
    if (now - dayCheckedAt >= DAY_CHECK_MS) {
      day = today.format(now);
      dayCheckedAt = now;
    }
    return `${current}|${day}`;
  }

  /**
   * Renders under way, by generation and key. When a write moves the generation, every reader of a busy page misses at
   * once; they wait for the first one's render instead of each rendering the same page (which starved everything
   * else, a staff member's save included, of the two cores). Each settles with whether its response was sent whole.
   * @type {Map<string, Promise<boolean>>}
   */
  const rendering = new Map();

  /** @param {import("node:http").ServerResponse} res @param {{ status: number; headers: (string | number)[]; body: Buffer }} copy */
  const sendCopy = (res, copy) => {
    // The headers were laid out when the copy was kept: a hit copies no object and sets no header one by one.
    res.writeHead(copy.status, copy.headers);
    res.end(copy.body);
  };

  /**
   * @param {import("node:http").ServerResponse} res @param {string} key @param {string} generation
   * @param {() => void} render
   */
  const renderAndKeep = (res, key, generation, render) => {
    res.setHeader(CACHE_HEADER, "miss");
    keepCopy(res, (copy) => {
      forget(key);
      /** @type {(string | number)[]} */
      const headers = [];
      for (const [name, value] of Object.entries(copy.headers)) {
        if (value === undefined || name === CACHE_HEADER || name === "transfer-encoding" || name === "content-length") continue;
        for (const one of Array.isArray(value) ? value : [value]) headers.push(name, one);
      }
      headers.push("content-length", copy.body.length, CACHE_HEADER, "hit");
      entries.set(key, { generation, status: copy.status, headers, body: copy.body });
      bytes += copy.body.length;
      for (const oldest of entries.keys()) {
        if (entries.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
        forget(oldest);
      }
    });
    render();
  };

  const cache = {
    /**
     * Answers from memory when a current copy of the page is kept, at once and without a promise. Otherwise `render`
     * (Next.js) answers, and a copy of its answer is kept when the page is one to keep; a reader who misses a page
     * whose render is already under way waits for that render's copy.
     */
    serve(req, res, render) {
      const key = pageCacheKey(req);
      if (key === null) return render();
      const generation = generationNow();
      // Not listening to PostgreSQL just now: Next.js answers (its proxy says 503 with a plain page when it is down).
      if (generation === null) return render();
      const hit = entries.get(key);
      if (hit && hit.generation === generation) {
        entries.delete(key);
        entries.set(key, hit);
        return sendCopy(res, hit);
      }
      const flight = `${generation}\n${key}`;
      const underWay = rendering.get(flight);
      if (underWay) {
        void underWay.then((sent) => {
          // A reader who gave up waiting needs no render.
          if (res.destroyed) return;
          const made = entries.get(key);
          if (made && made.generation === generation) sendCopy(res, made);
          // The first reader went away mid-render: the waiting readers queue again behind one new render, rather than
          // each rendering (on a busy machine a render outlasts a client's timeout, and the crowd would render together).
          else if (!sent) cache.serve(req, res, render);
          // The first render made nothing to keep (an error page, a cookie): this reader's own render answers.
          else renderAndKeep(res, key, generation, render);
        });
        return;
      }
      rendering.set(flight, new Promise((resolve) => {
        // "close" follows "finish", by which the copy is kept, and also comes when the reader went away mid-render.
        res.once("close", () => {
          rendering.delete(flight);
          resolve(res.writableFinished);
        });
      }));
      renderAndKeep(res, key, generation, render);
    },
  };
  return cache;
}

/**
 * Passes every byte of the response on as it is written, and hands a copy to `store` once it has ended with a 200
 * that sets no cookie and whose scripts carry the nonce of its own policy.
 * @param {import("node:http").ServerResponse} res
 * @param {(copy: { status: number; headers: import("node:http").OutgoingHttpHeaders; body: Buffer }) => void} store
 */
function keepCopy(res, store) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  const keep = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_PAGE_BYTES) return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string"
      ? Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8")
      : Buffer.from(/** @type {Uint8Array} */ (chunk));
    chunks.push(buffer);
    size += buffer.length;
  };
  const write = res.write;
  const end = res.end;
  res.write = /** @type {typeof res.write} */ (function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return write.call(res, chunk, /** @type {BufferEncoding} */ (encoding), callback);
  });
  res.end = /** @type {typeof res.end} */ (function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return end.call(res, chunk, /** @type {BufferEncoding} */ (encoding), callback);
  });
  res.once("finish", () => {
    if (res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined || size > MAX_PAGE_BYTES) return;
    const copy = { status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) };
    if (scriptsMatchTheirPolicy(copy.headers, copy.body)) store(copy);
  });
}
