import { z } from "zod";
import { parseCalendarDate } from "../domain/calendar-date";

export const DEFAULT_QUIET_DAYS = 90;
/** The same range is a CHECK on reminder_setting.quiet_days (migration 20261128145325_reminders). */
export const MAX_QUIET_DAYS = 3650;
export const MAX_SNOOZE_REASON = 1_000;

const ZCalendarDay = z.string().trim().refine((text) => {
  try {
    parseCalendarDate(text);
    return true;
  } catch {
    return false;
  }
}, "Choose the day the reminder comes back (YYYY-MM-DD).");

export const ZReminderSnooze = z.object({
  commitmentId: z.string().min(1).max(64),
  /** Empty for the commitment's "no update" reminder. */
  deadlineId: z.string().max(64).optional().transform((id) => id || undefined),
  until: ZCalendarDay,
  reason: z.string().trim().min(1, "Say why this reminder can wait.")
    .max(MAX_SNOOZE_REASON, `A reason has at most ${MAX_SNOOZE_REASON.toLocaleString("en-US")} characters.`),
});
export type TReminderSnooze = z.infer<typeof ZReminderSnooze>;

export const ZQuietDays = z.object({
  quietDays: z.coerce.number({ error: "Enter a whole number of days." })
    .int("Enter a whole number of days.")
    .min(1, "At least 1 day.")
    .max(MAX_QUIET_DAYS, `At most ${MAX_QUIET_DAYS.toLocaleString("en-US")} days.`),
});

/** `?scope=all` widens a scoped editor's reminders to every commitment; anything else is their own scope. */
export function parseReminderScope(value: string | string[] | undefined): "mine" | "all" {
  return (Array.isArray(value) ? value[0] : value) === "all" ? "all" : "mine";
}
