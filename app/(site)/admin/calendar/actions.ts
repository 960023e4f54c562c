"use server";

import { z } from "zod";
import { protectedAction } from "@/lib/auth/protected-action";
import { rotateCalendarToken } from "@/lib/data/calendar-tokens";
import { messages } from "@/lib/messages/en";

/** Every staff member makes (or replaces) the secret of their own calendar URL; nobody else's. */
export const rotateCalendarTokenAction = protectedAction({
  roles: ["ADMIN", "EDITOR", "VIEWER"],
  schema: z.object({}),
  input: () => ({}),
  run: (actor) => rotateCalendarToken(actor),
  answer: () => messages.calendar.newAddress,
});
