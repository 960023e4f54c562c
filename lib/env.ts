import { z } from "zod";
import { parseCalendarDate, todayIn, type CalendarDate } from "./domain/calendar-date";

/**
 * The one place that reads process.env. Parsed lazily so that a build, which has no database, never asks for one.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // The web server's JavaScript heap (V8's old space). Without a bound V8 lets it grow toward gigabytes under load
  // before collecting, so an instance's memory says little about what it needs; bounded, it collects sooner.
  SERVER_HEAP_MB: z.coerce.number().int().min(128).max(16_384).default(384),
  DATA_DIR: z.string().min(1).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET needs at least 32 characters").optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be the app's public URL, such as https://pledgeboard.example.org").optional(),
  APP_TIME_ZONE: z
    .string()
    .default("America/New_York")
    .refine(isKnownTimeZone, "APP_TIME_ZONE must be an IANA time zone such as America/New_York or UTC"),
  // Where `npm run reminders` sends its e-mail; unset or empty, the digests are printed instead.
  SMTP_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().regex(/^smtps?:\/\/[^/]/, "SMTP_URL must be smtp://user:password@host:port or smtps://…").optional(),
  ),
  SMTP_FROM: z.string().min(3).default("Pledgeboard <reminders@localhost>"),
  // Pins "today" for the app and the CLIs, so that tests and rehearsals can stand on any day (see docs/testing.md).
  PLEDGEBOARD_TODAY: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().refine(isCalendarDay, "PLEDGEBOARD_TODAY must be a day of the calendar as YYYY-MM-DD").optional(),
  ),
});

export type TEnv = z.infer<typeof ZEnv>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isCalendarDay(value: string): boolean {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

let parsed: TEnv | undefined;

export function env(): TEnv {
  if (parsed) return parsed;
  const result = ZEnv.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  parsed = result.data;
  return parsed;
}

/** The secret that signs session tokens; the start script provides one (see lib/cli/auth-secret.ts). */
export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: start the app with `npm start`, which provides one.");
  return secret;
}

/** The database URL the app must use; the start script sets it when it runs the embedded server. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides a database.");
  return url;
}

/**
 * The app's address for links that leave it (calendar subscriptions, e-mail): NEXTAUTH_URL when set, else the host the
 * caller reached (a page) or this machine (a command-line tool).
 */
export function appOrigin(seenHost?: string | null): string {
  const settings = env();
  if (settings.NEXTAUTH_URL) return new URL(settings.NEXTAUTH_URL).origin;
  return `http://${seenHost ?? `localhost:${settings.PORT}`}`;
}

/** The day deadlines are measured against: PLEDGEBOARD_TODAY when set, else the day it is in APP_TIME_ZONE. */
export function appToday(now: Date = new Date()): CalendarDate {
  const settings = env();
  return settings.PLEDGEBOARD_TODAY ?? todayIn(settings.APP_TIME_ZONE, now);
}
