import { describe, expect, it } from "vitest";
import { pageCacheKey } from "@/lib/server/page-cache.mjs";
import { PUBLIC_PAGE_ROUTES } from "@/lib/server/public-pages.mjs";
import { routesOnDisk } from "../support/routes-on-disk";

const get = (url: string, headers: Record<string, string> = {}) => pageCacheKey({ method: "GET", url, headers });

describe("which requests the page cache answers", () => {
  it("keeps copies of exactly the public pages on disk: every page but the staff's and sign-in", () => {
    const pages = routesOnDisk().filter(({ kind }) => kind === "page").map(({ route }) => route);
    const publicPages = pages.filter((route) => !route.startsWith("/admin") && route !== "/login");
    expect([...PUBLIC_PAGE_ROUTES].sort()).toEqual(publicPages.sort());
  });

  it("keys every public page by its path, query and accepted encoding", () => {
    for (const url of ["/", "/updates", "/export", "/commitments/cr-safe-mobility-offices-extension", "/countries/cr",
      "/countries/CR", "/pillars/lawful-pathways", "/sources/la-declaration-2024-ministerial", "/embed/commitments/uy-regularization-decrees", "/embed/countries/ec"]) {
      expect(get(url), url).not.toBeNull();
    }
    expect(get("/?status=IN_PROGRESS")).not.toBe(get("/?status=AT_RISK"));
    expect(get("/", { "accept-encoding": "gzip, deflate, br" })).not.toBe(get("/"));
  });

  it("leaves staff pages, sign-in, the API, feeds, exports and Next.js's own files to Next.js", () => {
    for (const url of ["/admin", "/admin/commitments", "/login", "/api/commitments", "/api/health", "/feed.xml",
      "/commitments/uy-regularization-decrees/feed.xml", "/export/commitments.csv", "/calendar/deadlines.ics",
      "/_next/static/chunks/main.js", "/commitments/../admin", "/countries/cri", "/commitments/UPPER"]) {
      expect(get(url), url).toBeNull();
    }
  });

  it("keys a Spanish page apart from the English one, and answers each only to a reader of its language", () => {
    const spanish = { cookie: "NEXT_LOCALE=es" };
    expect(get("/es", spanish)).not.toBeNull();
    expect(get("/es/commitments/cr-safe-mobility-offices-extension", spanish)).not.toBeNull();
    expect(get("/es/commitments/cr-safe-mobility-offices-extension", spanish))
      .not.toBe(get("/commitments/cr-safe-mobility-offices-extension"));
    // proxy.ts sends these readers elsewhere or sets their cookie: a kept copy would skip that.
    expect(get("/", spanish)).toBeNull();
    expect(get("/", { "accept-language": "es-CR,es;q=0.9" })).toBeNull();
    expect(get("/es")).toBeNull();
    expect(get("/es", { cookie: "NEXT_LOCALE=en" })).toBeNull();
    expect(get("/en/map")).toBeNull();
    expect(get("/", { "accept-language": "en-US,en;q=0.9,es;q=0.8" })).not.toBeNull();
    expect(get("/", { cookie: "NEXT_LOCALE=en", "accept-language": "es-CR" })).not.toBeNull();
    // An embed's language is its address's, whoever reads it.
    expect(get("/es/embed/commitments/uy-regularization-decrees")).not.toBeNull();
    expect(get("/embed/commitments/uy-regularization-decrees", spanish)).not.toBeNull();
    expect(get("/es/admin", spanish)).toBeNull();
    expect(get("/es/../admin", spanish)).toBeNull();
  });

  it("never serves a signed-in reader, a write, or a router request from the anonymous copy", () => {
    expect(get("/", { cookie: "next-auth.session-token=abc" })).toBeNull();
    expect(get("/", { cookie: "theme=dark; __Secure-next-auth.session-token=abc" })).toBeNull();
    expect(get("/", { cookie: "theme=dark" })).not.toBeNull();
    expect(pageCacheKey({ method: "POST", url: "/", headers: {} })).toBeNull();
    expect(pageCacheKey({ method: "HEAD", url: "/", headers: {} })).toBeNull();
    expect(get("/", { rsc: "1" })).toBeNull();
    expect(get("/", { "next-router-prefetch": "1" })).toBeNull();
    expect(get("/", { "next-action": "abc" })).toBeNull();
    expect(get("/?_rsc=1x2y")).toBeNull();
  });
});
