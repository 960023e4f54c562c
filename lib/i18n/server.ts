import "server-only";
import { getLocale } from "next-intl/server";
import { isLocale, type Locale } from "../domain/localized-text";
import { catalogue } from "../messages/catalogue";
import type { Catalogue } from "../messages/en";
import { localePath } from "./paths";

/** The language of the page being rendered (proxy.ts → lib/i18n/request.ts; cached for the request by next-intl). */
export async function currentLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : "en";
}

/** The page's language, its words, and its addresses in that language. */
export async function getCatalogue(): Promise<{ locale: Locale; t: Catalogue; href: (path: string) => string }> {
  const locale = await currentLocale();
  return { locale, t: catalogue(locale), href: (path) => localePath(locale, path) };
}
