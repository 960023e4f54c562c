import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { PATH_HEADER } from "./negotiate.mjs";
import { localePath } from "./paths";
import { currentLocale } from "./server";

/**
 * The page in each language (hreflang, for search engines and readers' tools) and, when the page has one, its
 * Atom feed in the page's language. A page that sets `alternates` replaces its layout's, so each such page calls this.
 */
export async function localizedAlternates(feedPath?: string): Promise<NonNullable<Metadata["alternates"]>> {
  const locale = await currentLocale();
  const path = (await headers()).get(PATH_HEADER) ?? "/";
  return {
    languages: { en: path, es: localePath("es", path), "x-default": path },
    ...(feedPath ? { types: { "application/atom+xml": localePath(locale, feedPath) } } : {}),
  };
}
