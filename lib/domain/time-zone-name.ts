/**
 * A time zone as a reader would name it ("Eastern Time"), not its database identifier ("America/New_York"). UTC has
 * no generic name in the locale data (it comes out as "GMT+00:00"), so it keeps its own.
 */
export function timeZoneName(timeZone: string, at: Date = new Date()): string {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return "Coordinated Universal Time (UTC)";
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longGeneric" }).formatToParts(at);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}
