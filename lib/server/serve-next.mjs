// The Next.js server the start script runs: `next start` (or `next dev`) plus one thing it cannot do, stamping each
// request with the address of the peer that sent it. Plain JavaScript so that Next.js loads in a Node process with
// no TypeScript loader of ours in it.
import { createServer } from "node:http";
import next from "next";
import { createPageCache } from "./page-cache.mjs";
import { CLIENT_ADDRESS_HEADER } from "./client-address.mjs";
import { FORWARDED_HEADERS, securityHeaders } from "./security-headers.mjs";
import { splitLocalePath } from "../i18n/negotiate.mjs";

// Settings come as arguments from lib/cli/start.ts, which validated them (lib/env.ts).
const argument = (name) => process.argv[process.argv.indexOf(name) + 1];
const dev = process.argv.includes("--dev");
const port = Number(argument("--port"));
const hostname = argument("--hostname");
// Reverse proxies in front of the app whose X-Forwarded-For entries are believed; 0 means none.
const trustedHops = Number(argument("--trusted-proxy-hops"));
const timeZone = argument("--time-zone");

// Started by lib/cli/start.ts while it migrates and seeds the database: Next.js loads meanwhile, and the server
// listens once the start script says the database is ready (no request may meet a half-migrated database).
const databaseReady = process.argv.includes("--wait-for-database")
  ? new Promise((resolve) => {
    const ready = (/** @type {{ type?: string }} */ message) => {
      if (message?.type !== "database-ready") return;
      process.off("message", ready);
      resolve(undefined);
    };
    process.on("message", ready);
  })
  : Promise.resolve();

// Next.js turns a loopback host of a middleware rewrite's URL into "localhost" (NextURL), then treats the rewrite as
// internal only when its origin is the one it was given here: with 127.0.0.1 every rewrite (proxy.ts: /es/x → /x)
// was proxied over HTTP back to this server, which then saw /x without its language. The server still listens on
// the host given (server.listen below).
const nextHostname = /^127\.|^::1$|^\[::1\]$/.test(hostname) ? "localhost" : hostname;
const app = next({ dev, dir: process.cwd(), hostname: nextHostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// In development every edit must show, so pages are always rendered. DATABASE_URL is the one start.ts validated
// (lib/env.ts) and handed to this process for Next.js.
const pageCache = dev ? null : createPageCache({ databaseUrl: String(process.env.DATABASE_URL), timeZone });

// Methods a WHATWG Request cannot carry: Next.js builds one per request and fails with a 500 on them.
const UNSUPPORTED_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);

/** A plain answer given before Next.js sees the request, for what it would otherwise answer with a 500. */
function refuse(res, status, text, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers });
  res.end(text + "\n");
}

/** False when a percent-escape of the path is cut short or is not UTF-8 (`%E0%A4%A`, `%C0%AE`). */
function hasReadablePath(url) {
  try {
    decodeURIComponent(url.split("?")[0]);
    return true;
  } catch {
    return false;
  }
}

/** What Next.js answers, once the request is made safe to hand it. */
function answer(req, res) {
  if (UNSUPPORTED_METHODS.has(req.method)) {
    refuse(res, 405, `The method ${req.method} is not allowed here.`, { Allow: "GET, HEAD, POST, OPTIONS" });
    return;
  }
  if (!hasReadablePath(req.url ?? "/")) {
    refuse(res, 400, "The address holds a broken percent-escape; check the link.");
    return;
  }
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const peer = req.socket.remoteAddress ?? "unknown";
  // A client can write any X-Forwarded-For it likes: only entries added by trusted proxies count.
  const chain = [...forwarded, peer];
  req.headers[CLIENT_ADDRESS_HEADER] = chain[Math.max(0, chain.length - 1 - trustedHops)] ?? peer;
  // With no proxy in front, a client's X-Forwarded-Host would pass for this site's host with Next.js's server
  // actions and next-auth; Next.js fills these in from the connection itself once they are gone.
  if (trustedHops === 0) {
    for (const name of [...FORWARDED_HEADERS, "x-forwarded-for"]) delete req.headers[name];
  }
  const pathname = (req.url ?? "/").split("?", 1)[0] ?? "/";
  // A Spanish address (/es/...) is answered as the same file or page without its prefix (proxy.ts).
  for (const [name, value] of Object.entries(securityHeaders(splitLocalePath(pathname).path))) res.setHeader(name, value);
  void handle(req, res);
}

const server = createServer((req, res) => {
  // First, a page kept in memory: a hit is most of the public traffic, and none of the work in answer() is needed
  // for it (only GETs of public paths, of plain characters, are kept; its headers, the security ones included, are
  // stored).
  if (pageCache) pageCache.serve(req, res, () => answer(req, res));
  else answer(req, res);
});

// The start script (lib/cli/start.ts) listens on the IPC channel: it says which port is taken in words, and tells
// a first-time user how to make the first admin once the server is ready.
const tell = (message) => new Promise((resolve) => (process.send ? process.send(message, undefined, {}, resolve) : resolve()));

server.once("error", async (error) => {
  if (error.code !== "EADDRINUSE") throw error;
  await tell({ type: "port-in-use" });
  process.exit(1);
});

await databaseReady;
server.listen(port, hostname, () => {
  console.log(`> ${dev ? "development" : "production"} server ready on http://${hostname}:${port}`);
  void tell({ type: "listening" });
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
