"use server";

import { protectedAction } from "@/lib/auth/protected-action";
import { setQuietDays } from "@/lib/data/reminder-settings";
import { snoozeReminder } from "@/lib/data/reminder-snoozes";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { appToday } from "@/lib/env";
import { formValues } from "@/lib/validation/form-data";
import { ZQuietDays, ZReminderSnooze } from "@/lib/validation/reminders";

export const snoozeReminderAction = protectedAction({
  roles: ["ADMIN", "EDITOR"],
  schema: ZReminderSnooze,
  input: formValues,
  run: (actor, input) => snoozeReminder(actor, input, appToday()),
  answer: ({ until }, _values, _input, { locale, t }) =>
    t.reminders.snoozed(formatPreciseDate({ date: until, precision: "DAY" }, locale)),
});

export const setQuietDaysAction = protectedAction({
  roles: ["ADMIN"],
  schema: ZQuietDays,
  input: formValues,
  run: (actor, input) => setQuietDays(actor, input.quietDays),
  answer: ({ quietDays }, _values, _input, { t }) => t.reminders.quietDaysSaved(quietDays),
  refusals: (t) => ({ forbidden: t.reminders.quietDaysAdminOnly }),
});
