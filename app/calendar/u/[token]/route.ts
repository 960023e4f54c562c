import { personalCalendar } from "@/lib/http/calendar-routes";
import { route } from "@/lib/http/route";
import { personalCalendar as calendarOfSecret } from "@/lib/http/targets";

export const dynamic = "force-dynamic";

/** /calendar/u/<secret>.ics: the secret in the URL finds the owner, whose scope the deadlines are read in. */
export const GET = route({
  refusals: "text",
  target: calendarOfSecret,
  answer: async ({ found, origin }) => personalCalendar(origin, found),
});
