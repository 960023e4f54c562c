import "server-only";
import { listPublicCalendarDeadlines } from "../data/deadline-calendars";
import { getFramework } from "../data/frameworks";
import { deadlineEvent } from "../domain/deadline-event";
import { encodeICalendar } from "../domain/icalendar";
import type { Answer } from "./responses";

/** How often a subscribed calendar application should fetch again. */
const REFRESH = "PT6H";

export async function publicCalendar(origin: string): Promise<Answer> {
  const [deadlines, { shortName }] = await Promise.all([listPublicCalendarDeadlines(), getFramework()]);
  return { personal: false, calendar: encodeICalendar({
    name: `${shortName}: deadlines`,
    description: `Every public deadline of the ${shortName} commitments, on the day it falls due.`,
    refreshInterval: REFRESH,
    events: deadlines.map((deadline) => deadlineEvent(deadline, `${origin}/commitments/${deadline.commitment.key}`)),
  }) };
}

type Deadlines = Awaited<ReturnType<typeof listPublicCalendarDeadlines>>;

/** The deadlines in the scope of the secret's owner, linking to the staff pages. */
export function personalCalendar(origin: string, deadlines: Deadlines): Answer {
  return { personal: true, calendar: encodeICalendar({
    name: "Pledgeboard: my deadlines",
    description: "The deadlines of the commitments in your scope, on the day each falls due.",
    refreshInterval: REFRESH,
    events: deadlines.map((deadline) =>
      deadlineEvent(deadline, `${origin}/admin/commitments/${deadline.commitment.key}#log-update`)),
  }) };
}
