/** A moment as readers in the stated time zone see it, with the zone named: "September 26, 2024, 14:00 EDT". */
export function formatInstant(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone, year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    timeZoneName: "short",
  }).format(at);
}

export function formatDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "long", day: "numeric" }).format(at);
}
