import type { Locale } from "./localized-text";

/**
 * A time zone as a reader would name it ("Eastern Time"), not its database identifier ("America/New_York"). UTC has
 * no generic name in the locale data (it comes out as "GMT+00:00"), so it keeps its own.
 */
export function timeZoneName(timeZone: string, at: Date = new Date(), locale: Locale = "en"): string {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") {
    return locale === "es" ? "hora universal coordinada (UTC)" : "Coordinated Universal Time (UTC)";
  }
  const parts = new Intl.DateTimeFormat(locale === "es" ? "es" : "en-US", { timeZone, timeZoneName: "longGeneric" }).formatToParts(at);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}
