/** Where the calendars are served (app/calendar/); the personal one carries its owner's secret in the last segment. */
export const PUBLIC_CALENDAR_PATH = "/calendar/deadlines.ics";

/** 32 random bytes in base64url: 43 characters. */
const TOKEN = /^([A-Za-z0-9_-]{43})\.ics$/;

export function personalCalendarPath(token: string): string {
  return `/calendar/u/${token}.ics`;
}

/**
 * The token in the last segment of a personal calendar URL, or null when the segment cannot be one. The ".ics" ending
 * is part of the URL because some calendar applications only subscribe to addresses that end in it.
 */
export function calendarTokenFromSegment(segment: string): string | null {
  return TOKEN.exec(segment)?.[1] ?? null;
}
