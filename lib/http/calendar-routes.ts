import "server-only";
import { listPersonalCalendarDeadlines, listPublicCalendarDeadlines } from "../data/deadline-calendars";
import { getFramework } from "../data/frameworks";
import { deadlineEvent } from "../domain/deadline-event";
import { encodeICalendar } from "../domain/icalendar";
import { calendarResponse } from "./responses";

/** How often a subscribed calendar application should fetch again. */
const REFRESH = "PT6H";

export async function publicCalendarResponse(origin: string): Promise<Response> {
  const [deadlines, { shortName }] = await Promise.all([listPublicCalendarDeadlines(), getFramework()]);
  return calendarResponse(encodeICalendar({
    name: `${shortName}: deadlines`,
    description: `Every public deadline of the ${shortName} commitments, on the day it falls due.`,
    refreshInterval: REFRESH,
    events: deadlines.map((deadline) => deadlineEvent(deadline, `${origin}/commitments/${deadline.commitment.key}`)),
  }), false);
}

/** The deadlines in the scope of the secret's owner, linking to the staff pages; null for a secret that opens nothing. */
export async function personalCalendarResponse(origin: string, token: string): Promise<Response | null> {
  const deadlines = await listPersonalCalendarDeadlines(token);
  if (!deadlines) return null;
  return calendarResponse(encodeICalendar({
    name: "Pledgeboard: my deadlines",
    description: "The deadlines of the commitments in your scope, on the day each falls due.",
    refreshInterval: REFRESH,
    events: deadlines.map((deadline) =>
      deadlineEvent(deadline, `${origin}/admin/commitments/${deadline.commitment.key}#log-update`)),
  }), true);
}
