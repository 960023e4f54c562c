// Headers every answer of the web server carries, set before Next.js handles the request, so that answers Next.js
// makes without our proxy's headers (a route handler's 500, a file) carry them too. Pages get their own
// Content-Security-Policy with a nonce from proxy.ts, which replaces the plain one here.

/** What nothing here uses: camera, microphone, location, payment and USB are off for the page and its frames. */
const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
/** lib/domain/content-security-policy.ts PLAIN_ANSWER_POLICY: plain JavaScript here, so written out again. */
const PLAIN_ANSWER_POLICY = "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * What other sites may load: the embeddable cards (in their iframes), the feeds, the public JSON API, the public CSV
 * files and the public calendar are made for other sites and readers, so they say `cross-origin`; everything else,
 * staff pages and files included, is `same-origin`.
 */
const FOR_OTHER_SITES = /^\/(?:embed\/|api\/commitments(?:\/|$)|feed\.xml$|(?:commitments|countries)\/[^/]+\/feed\.xml$|export\/[a-z]+\.csv$|calendar\/deadlines\.ics$)/;

/**
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function securityHeaders(pathname) {
  return {
    "Content-Security-Policy": PLAIN_ANSWER_POLICY,
    "Permissions-Policy": PERMISSIONS_POLICY,
    // Pages opened from here or opening this site share no window with it; being framed (the embeds) is unaffected.
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": FOR_OTHER_SITES.test(pathname) ? "cross-origin" : "same-origin",
    "X-Content-Type-Options": "nosniff",
  };
}

/** Forwarded headers a client may send itself; believed only from trusted proxies (TRUST_PROXY_HOPS > 0). */
export const FORWARDED_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];
