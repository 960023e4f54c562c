import type { Locale } from "./localized-text";

const INTL: Record<Locale, string> = { en: "en-US", es: "es" };

/** "25,500" / "25.500": a count as readers of the language write it. */
export function formatNumber(value: number, locale: Locale = "en"): string {
  return new Intl.NumberFormat(INTL[locale]).format(value);
}

/**
 * An amount of money as a reader says it: "$686 million" / "US$686 millones"; below a million, in full. Spanish
 * writes the US dollar "US$", as Latin American newspapers do, so it is not read as a local peso; Intl's own compact
 * currency ("686 M US$") abbreviates where a reader expects the word.
 */
export function formatMoney(value: number, currency: string, locale: Locale = "en"): string {
  if (Math.abs(value) < 1_000_000) {
    return new Intl.NumberFormat(INTL[locale], { style: "currency", currency, maximumFractionDigits: 0 }).format(value);
  }
  const amount = new Intl.NumberFormat(INTL[locale], { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 })
    .format(value);
  const symbol = locale === "es" && currency === "USD" ? "US$"
    : new Intl.NumberFormat(INTL[locale], { style: "currency", currency }).formatToParts(0)
      .find((part) => part.type === "currency")?.value ?? currency;
  return `${symbol}${amount}`;
}
