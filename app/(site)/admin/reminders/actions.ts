"use server";

import { protectedAction } from "@/lib/auth/protected-action";
import { setQuietDays } from "@/lib/data/reminder-settings";
import { snoozeReminder } from "@/lib/data/reminder-snoozes";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { appToday } from "@/lib/env";
import { messages } from "@/lib/messages/en";
import { formValues } from "@/lib/validation/form-data";
import { ZQuietDays, ZReminderSnooze } from "@/lib/validation/reminders";

export const snoozeReminderAction = protectedAction({
  roles: ["ADMIN", "EDITOR"],
  schema: ZReminderSnooze,
  input: formValues,
  run: (actor, input) => snoozeReminder(actor, input, appToday()),
  answer: ({ until }) => messages.reminders.snoozed(formatPreciseDate({ date: until, precision: "DAY" })),
});

export const setQuietDaysAction = protectedAction({
  roles: ["ADMIN"],
  schema: ZQuietDays,
  input: formValues,
  run: (actor, input) => setQuietDays(actor, input.quietDays),
  answer: ({ quietDays }) => messages.reminders.quietDaysSaved(quietDays),
  refusals: { forbidden: messages.reminders.quietDaysAdminOnly },
});
