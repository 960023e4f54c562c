"use server";

import { z } from "zod";
import { protectedAction } from "@/lib/auth/protected-action";
import { rotateCalendarToken } from "@/lib/data/calendar-tokens";

/** Every staff member makes (or replaces) the secret of their own calendar URL; nobody else's. */
export const rotateCalendarTokenAction = protectedAction({
  roles: ["ADMIN", "EDITOR", "VIEWER"],
  schema: z.object({}),
  input: () => ({}),
  run: (actor) => rotateCalendarToken(actor),
  answer: (_result, _values, _input, { t }) => t.calendar.newAddress,
});
