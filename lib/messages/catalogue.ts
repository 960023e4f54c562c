import type { Locale } from "../domain/localized-text";
import { en, type Catalogue } from "./en";
import { es } from "./es";

const CATALOGUES: Record<Locale, Catalogue> = { en, es };

/** The words of the interface in one language. */
export function catalogue(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}
