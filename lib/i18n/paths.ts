import type { Locale } from "../domain/localized-text";

/** An address of this site in a language: English keeps the addresses it always had, Spanish is under /es. */
export function localePath(locale: Locale, path: string): string {
  if (locale === "en" || !path.startsWith("/")) return path;
  return path === "/" || path.startsWith("/?") || path.startsWith("/#") ? `/es${path.slice(1)}` : `/es${path}`;
}

/**
 * The address that switches to `locale` from the page at `path` (without prefix): /es/... for Spanish, and for
 * English /en/..., which proxy.ts answers by remembering the choice and redirecting to the unprefixed address (a
 * plain link to it would be sent back to Spanish by the remembered choice).
 */
export function switchPath(locale: Locale, path: string): string {
  return locale === "en" ? (path === "/" ? "/en" : `/en${path}`) : localePath(locale, path);
}
