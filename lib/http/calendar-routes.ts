import "server-only";
import { listPublicCalendarDeadlines } from "../data/deadline-calendars";
import { getFramework } from "../data/frameworks";
import { deadlineEvent } from "../domain/deadline-event";
import { encodeICalendar } from "../domain/icalendar";
import { messages } from "../messages/en";
import type { Answer } from "./responses";
import { frameworkFilter, frameworkKeyOf } from "./framework-scope";
import type { FrameworkScope } from "./targets";

/** How often a subscribed calendar application should fetch again. */
const REFRESH = "PT6H";

/** The public deadlines, of every framework or of the one the filter names (a source document's, for a source). */
export async function publicCalendar(origin: string, scope: FrameworkScope): Promise<Answer> {
  const [deadlines, { shortName }] = await Promise.all([listPublicCalendarDeadlines(frameworkFilter(scope)),
    getFramework(await frameworkKeyOf(scope))]);
  return { personal: false, calendar: encodeICalendar({
    name: messages.calendar.publicName(shortName),
    description: messages.calendar.publicDescription(shortName),
    refreshInterval: REFRESH,
    events: deadlines.map((deadline) => deadlineEvent(deadline, `${origin}/commitments/${deadline.commitment.key}`)),
  }) };
}

type Deadlines = Awaited<ReturnType<typeof listPublicCalendarDeadlines>>;

/** The deadlines in the scope of the secret's owner, linking to the staff pages. */
export function personalCalendar(origin: string, deadlines: Deadlines): Answer {
  return { personal: true, calendar: encodeICalendar({
    name: messages.calendar.personalName,
    description: messages.calendar.personalDescription,
    refreshInterval: REFRESH,
    events: deadlines.map((deadline) =>
      deadlineEvent(deadline, `${origin}/admin/commitments/${deadline.commitment.key}#log-update`)),
  }) };
}
