import type { Locale } from "./localized-text";

const INTL_LOCALE: Record<Locale, string> = { en: "en-US", es: "es" };

/** A moment as readers in the stated time zone see it, with the zone named: "September 26, 2024, 14:00 EDT". */
export function formatInstant(at: Date, timeZone: string, locale: Locale = "en"): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone, year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    timeZoneName: "short",
  }).format(at);
}

/** "September 26, 2024" / "26 de septiembre de 2024". */
export function formatDay(at: Date, timeZone: string, locale: Locale = "en"): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, year: "numeric", month: "long", day: "numeric" }).format(at);
}
