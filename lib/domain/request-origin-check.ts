/** Methods that only read: every other method changes state and must come from one of this site's own pages. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function originOf(url: string | null): string | null {
  if (!url || url === "null") return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a request may change state: a safe method, or an `Origin` (else a `Referer`) of this site's own origin.
 * A request with neither is refused: every browser sends `Origin` with a POST, so only a script or an old proxy
 * stripping headers sends none, and Next.js alone would accept such a server action.
 */
export function isSameSiteWrite(request: { method: string; origin: string | null; referer: string | null },
  ownOrigin: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const claimed = originOf(request.origin) ?? originOf(request.referer);
  return claimed === ownOrigin;
}
