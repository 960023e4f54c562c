/** Stands for this site when resolving a return path: any path that resolves elsewhere leaves the site. */
const OWN_ORIGIN = "http://pledgeboard.invalid";
/**
 * Whitespace, control and format characters (tab, line breaks, bidi marks...): browsers drop some of them from a URL
 * (`/\t/evil.example` becomes `//evil.example`), and a line break in a Location header is a 500.
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u;
/** Encoded forms are decoded this many times before the checks: a path that hides `//` two levels deep still fails. */
const DECODINGS = 3;

/**
 * Only a path on this site is followed after sign-in, so a crafted link cannot send anyone to another site. The path
 * must stay on this site when the URL parser resolves it; it may hold no backslash and no invisible character, and
 * neither may its path part once decoded, which must not start with `//` either. Anything else goes to the fallback.
 */
export function safeReturnPath(candidate: string | undefined, fallback = "/admin"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.includes("\\") || INVISIBLE.test(candidate)) return fallback;
  let decoded = candidate.split(/[?#]/, 1)[0] ?? "";
  for (let round = 0; round <= DECODINGS; round += 1) {
    if (decoded.startsWith("//") || decoded.includes("\\") || INVISIBLE.test(decoded)) return fallback;
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
  }
  const url = new URL(candidate, OWN_ORIGIN);
  if (url.origin !== OWN_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
