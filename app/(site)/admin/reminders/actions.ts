"use server";

import { revalidatePath } from "next/cache";
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
  run: async (actor, input, values) => {
    const result = await snoozeReminder(actor, input, appToday());
    switch (result.kind) {
      case "saved":
        // The overdue count in the navigation changes with it.
        revalidatePath("/admin", "layout");
        return { ok: true, message: `Snoozed until ${formatPreciseDate({ date: result.until, precision: "DAY" })}; ` +
          "the history of the commitment records it." };
      case "invalid":
        return { ok: false, message: "Some fields need attention; nothing was saved.", fieldErrors: result.fieldErrors,
          values };
      case "forbidden":
        return { ok: false, message: "This commitment is outside your scope: you can read it but not change it.", values };
      case "not-found":
        return { ok: false, message: "This commitment no longer exists or has been archived.", values };
    }
  },
});

export const setQuietDaysAction = protectedAction({
  roles: ["ADMIN"],
  schema: ZQuietDays,
  input: formValues,
  run: async (actor, input, values) => {
    if ((await setQuietDays(actor, input.quietDays)) === "forbidden") {
      return { ok: false, message: "Only an admin changes this setting.", values };
    }
    revalidatePath("/admin", "layout");
    return { ok: true, message: `Commitments are now listed as quiet after ${input.quietDays} days without an update.` };
  },
});
