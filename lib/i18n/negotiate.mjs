// Which language a request is answered in, in one place for the two that decide it: proxy.ts (redirects, the
// locale header the pages read) and the page cache in front of Next.js (lib/server/page-cache.mjs), which answers
// before proxy.ts runs and so must never hand a kept English page to a reader proxy.ts would send to Spanish.
// Plain JavaScript, as the page cache runs in a Node process with no TypeScript loader.

/** The interface's languages; English is the default and keeps the addresses it always had (no prefix). */
export const LOCALES = /** @type {const} */ (["en", "es"]);
export const DEFAULT_LOCALE = "en";
/** The reader's choice, remembered; the name next-intl's own middleware uses, so its client code agrees. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** Set by proxy.ts on every request it passes on (a client's own value is overwritten): what lib/i18n/request.ts reads. */
export const LOCALE_HEADER = "x-pledgeboard-locale";
/** The address the reader sees, without its language prefix, for the language switch and the hreflang links. */
export const PATH_HEADER = "x-pledgeboard-path";
/** A year: the choice outlives the session, as a reader expects of a language setting. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/**
 * @param {unknown} value
 * @returns {value is "en" | "es"}
 */
export function isLocale(value) {
  return typeof value === "string" && /** @type {readonly string[]} */ (LOCALES).includes(value);
}

/**
 * The language a path names by its first segment ("/es/map" → es, "/map"), and the path without it. "/en/..." is
 * no page of its own: proxy.ts answers it by remembering English and redirecting to the unprefixed address.
 * @param {string} pathname
 * @returns {{ prefix: "en" | "es" | null; path: string }}
 */
export function splitLocalePath(pathname) {
  const match = /^\/(en|es)(?=\/|$)/.exec(pathname);
  if (!match) return { prefix: null, path: pathname };
  return { prefix: /** @type {"en" | "es"} */ (match[1]), path: pathname.slice(match[0].length) || "/" };
}

/**
 * The locale cookie's value, when it names a language of ours.
 * @param {string | undefined} cookieHeader
 * @returns {"en" | "es" | null}
 */
export function cookieLocale(cookieHeader) {
  if (!cookieHeader) return null;
  const match = /(?:^|;\s*)NEXT_LOCALE=([^;]*)/.exec(cookieHeader);
  const value = match?.[1]?.trim();
  return isLocale(value) ? value : null;
}

/**
 * The first of our languages in the reader's Accept-Language by weight ("es-CR,es;q=0.9,en;q=0.8" → es), English
 * when none is named. Written out rather than taken from a negotiation library because the page cache calls it on
 * every hit, before any module of Next.js is loaded, and two languages need no more than this.
 * @param {string | undefined} header
 * @returns {"en" | "es"}
 */
export function acceptLanguageLocale(header) {
  if (!header) return DEFAULT_LOCALE;
  let best = /** @type {"en" | "es"} */ (DEFAULT_LOCALE);
  let bestWeight = 0;
  for (const part of header.split(",").slice(0, 20)) {
    const [range = "", ...parameters] = part.trim().split(";");
    const language = range.trim().toLowerCase().split("-")[0];
    if (!isLocale(language)) continue;
    const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (weight > bestWeight) {
      best = language;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * The reader's language for an address without a prefix: the one they chose (cookie), else their browser's.
 * @param {{ cookie?: string; acceptLanguage?: string }} request
 * @returns {"en" | "es"}
 */
export function preferredLocale({ cookie, acceptLanguage }) {
  return cookieLocale(cookie) ?? acceptLanguageLocale(acceptLanguage);
}

/**
 * Paths that are pages a reader opens, and so follow the reader's language: not the API, files (feeds, CSV,
 * calendars, images), Next.js's own, nor the embeds (the site that embeds a card chooses its language by address).
 * @param {string} path without a language prefix
 * @returns {boolean}
 */
export function followsReaderLanguage(path) {
  if (/^\/(?:api|_next|embed|calendar)(?:\/|$)/.test(path)) return false;
  const last = path.slice(path.lastIndexOf("/") + 1);
  return !last.includes(".") && !/^(?:opengraph-image|icon|twitter-image)/.test(last);
}
