"use server";

import { revalidatePath } from "next/cache";
import { protectedAction, refusal } from "@/lib/auth/protected-action";
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
  run: async (actor, input, values) => {
    const result = await snoozeReminder(actor, input, appToday());
    switch (result.kind) {
      case "saved":
        // The overdue count in the navigation changes with it.
        revalidatePath("/admin", "layout");
        return { ok: true, message: messages.reminders.snoozed(formatPreciseDate({ date: result.until, precision: "DAY" })) };
      default:
        return refusal(result, values);
    }
  },
});

export const setQuietDaysAction = protectedAction({
  roles: ["ADMIN"],
  schema: ZQuietDays,
  input: formValues,
  run: async (actor, input, values) => {
    if ((await setQuietDays(actor, input.quietDays)) === "forbidden") {
      return { ok: false, message: messages.reminders.quietDaysAdminOnly, values };
    }
    revalidatePath("/admin", "layout");
    return { ok: true, message: messages.reminders.quietDaysSaved(input.quietDays) };
  },
});
