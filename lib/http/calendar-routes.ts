import "server-only";
import { listPublicCalendarDeadlines } from "../data/deadline-calendars";
import { getFramework } from "../data/frameworks";
import { deadlineEvent, type CalendarEventWords } from "../domain/deadline-event";
import { encodeICalendar } from "../domain/icalendar";
import { withLocalizedTitle, type Locale } from "../domain/localized-text";
import { localePath } from "../i18n/paths";
import { catalogue } from "../messages/catalogue";
import type { Answer } from "./responses";
import { frameworkFilter, frameworkKeyOf } from "./framework-scope";
import type { FrameworkScope } from "./targets";

/** How often a subscribed calendar application should fetch again. */
const REFRESH = "PT6H";

function eventWords(locale: Locale): CalendarEventWords {
  const t = catalogue(locale);
  return { locale, ...t.calendarEvent, moved: t.deadline.moved, statuses: t.status };
}

/**
 * The public deadlines, of every framework or of the one the filter names (a source document's, for a source), in
 * the language of the address (/es/calendar/deadlines.ics is Spanish): the same events, with the same UIDs.
 */
export async function publicCalendar(origin: string, scope: FrameworkScope, locale: Locale): Promise<Answer> {
  const [deadlines, { shortName }] = await Promise.all([listPublicCalendarDeadlines(frameworkFilter(scope)),
    getFramework(await frameworkKeyOf(scope))]);
  const words = catalogue(locale).calendar;
  return { personal: false, calendar: encodeICalendar({
    name: words.publicName(shortName),
    description: words.publicDescription(shortName),
    refreshInterval: REFRESH,
    events: deadlines.map((deadline) => deadlineEvent(
      { ...deadline, commitment: withLocalizedTitle(deadline.commitment, locale) },
      `${origin}${localePath(locale, `/commitments/${deadline.commitment.key}`)}`, eventWords(locale))),
  }) };
}

type Deadlines = Awaited<ReturnType<typeof listPublicCalendarDeadlines>>;

/**
 * The deadlines in the scope of the secret's owner, in the language they chose for their reminders, linking to the
 * staff pages in it.
 */
export function personalCalendar(origin: string, { deadlines, locale }: { deadlines: Deadlines; locale: Locale }): Answer {
  const words = catalogue(locale).calendar;
  return { personal: true, calendar: encodeICalendar({
    name: words.personalName,
    description: words.personalDescription,
    refreshInterval: REFRESH,
    events: deadlines.map((deadline) => deadlineEvent(
      { ...deadline, commitment: withLocalizedTitle(deadline.commitment, locale) },
      `${origin}${localePath(locale, `/admin/commitments/${deadline.commitment.key}`)}#log-update`, eventWords(locale))),
  }) };
}
