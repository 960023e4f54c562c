import type { Locale } from "../domain/localized-text";

/**
 * Countries named in the page's language: the record keeps the English name; another language takes the name CLDR
 * gives the ISO code through Intl (México, Panamá, Estados Unidos), as it takes its dates and numbers.
 */
export function localizeCountries<Country extends { code: string; name: string }>(countries: readonly Country[],
  locale: Locale): Country[] {
  if (locale === "en") return [...countries];
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  return countries.map((country) => ({ ...country, name: names.of(country.code) ?? country.name }));
}

/** One country, named as localizeCountries names it. */
export function localizeCountry<Country extends { code: string; name: string }>(country: Country, locale: Locale): Country {
  return localizeCountries([country], locale)[0] ?? country;
}
