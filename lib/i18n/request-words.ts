import "server-only";
import { headers } from "next/headers";
import type { Locale } from "../domain/localized-text";
import { catalogue } from "../messages/catalogue";
import type { Catalogue } from "../messages/en";
import { isLocale, LOCALE_HEADER } from "./negotiate.mjs";
import { localePath } from "./paths";

/** The request's language, its words, and this site's addresses in that language. */
export type RequestWords = { locale: Locale; t: Catalogue; href: (path: string) => string };

/**
 * The language proxy.ts set for this request, for the code a page and its server actions share (lib/auth): an action
 * posts to its page's own address, so it is answered in the page's language. Read from the header itself rather than
 * next-intl's getLocale, whose request configuration only Next.js's build plugin loads (the integration tests call
 * actions without it).
 */
export async function requestWords(): Promise<RequestWords> {
  const asked = (await headers()).get(LOCALE_HEADER);
  const locale: Locale = isLocale(asked) ? asked : "en";
  return { locale, t: catalogue(locale), href: (path) => localePath(locale, path) };
}
