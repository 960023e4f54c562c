import { useLocale } from "next-intl";
import { isLocale, type Locale } from "../domain/localized-text";
import { catalogue } from "../messages/catalogue";
import type { Catalogue } from "../messages/en";
import { localePath } from "./paths";

function usePageLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : "en";
}

/**
 * The words of a staff form, in the page's language (the root layout's NextIntlClientProvider gives the locale). The
 * forms take them here rather than as props because their texts include functions, which cannot cross from a server
 * component; both catalogues then reach the browser, which only the staff pages and the sign-in form pay for.
 */
export function useCatalogue(): Catalogue {
  return catalogue(usePageLocale());
}

/** This site's addresses in the page's language, for what next-intl's Link cannot be (a GET form's action). */
export function useLocalePath(): (path: string) => string {
  const locale = usePageLocale();
  return (path) => localePath(locale, path);
}
