// The Next.js server the start script runs: `next start` (or `next dev`) plus one thing it cannot do, stamping each
// request with the address of the peer that sent it. Plain JavaScript so that Next.js loads in a Node process with
// no TypeScript loader of ours in it.
import { createServer } from "node:http";
import next from "next";
import { createPageCache } from "./page-cache.mjs";
import { FORWARDED_HEADERS, securityHeaders } from "./security-headers.mjs";

export const CLIENT_ADDRESS_HEADER = "x-pledgeboard-client-address";

// Settings come as arguments from lib/cli/start.ts, which validated them (lib/env.ts).
const argument = (name) => process.argv[process.argv.indexOf(name) + 1];
const dev = process.argv.includes("--dev");
const port = Number(argument("--port"));
const hostname = argument("--hostname");
// Reverse proxies in front of the app whose X-Forwarded-For entries are believed; 0 means none.
const trustedHops = Number(argument("--trusted-proxy-hops"));
const timeZone = argument("--time-zone");

const app = next({ dev, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// In development every edit must show, so pages are always rendered. DATABASE_URL is the one start.ts validated
// (lib/env.ts) and handed to this process for Next.js.
const pageCache = dev ? null : createPageCache({ databaseUrl: String(process.env.DATABASE_URL), timeZone });

const server = createServer((req, res) => {
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
  for (const [name, value] of Object.entries(securityHeaders(pathname))) res.setHeader(name, value);
  const render = () => void handle(req, res);
  if (pageCache) void pageCache.serve(req, res, render);
  else render();
});

server.listen(port, hostname, () => {
  console.log(`> ${dev ? "development" : "production"} server ready on http://${hostname}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
