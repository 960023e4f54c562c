import type { CalendarDate } from "../domain/calendar-date";
import { isLocale, pickField } from "../domain/localized-text";
import { composeReminderDigest } from "../domain/reminder-digest";
import { localePath } from "../i18n/paths";
import { catalogue } from "../messages/catalogue";
import {
  claimDigestDeadlines, listDigestDeadlines, listDigestRecipients, releaseDigestDeadlines,
} from "../data/reminder-digests";
import type { Mailer } from "./mailer";

export type DigestRun = {
  today: CalendarDate;
  timeZone: string;
  /** The app's address, for the links in the e-mail. */
  origin: string;
  mailer: Mailer;
  /** Show every digest as it stands and record nothing (the mode without SMTP_URL). */
  preview: boolean;
};

export type DigestReport = { digests: number; deadlines: number; failures: { email: string; error: string }[] };

/**
 * Sends each staff member one e-mail, in their language, with the deadlines of their scope that are overdue or due within 30 days, none
 * of them twice on the same day. Each deadline is claimed in PostgreSQL before the e-mail is sent, never after: a run
 * that crashes between the two loses that day's mention (the deadline is in the next day's digest again), while the
 * reverse order would send it twice. A send that fails gives its claims back, so the next run tries again.
 */
export async function sendReminderDigests(run: DigestRun): Promise<DigestReport> {
  const report: DigestReport = { digests: 0, deadlines: 0, failures: [] };
  for (const recipient of await listDigestRecipients()) {
    const deadlines = await listDigestDeadlines(recipient, run.today);
    if (deadlines.length === 0) continue;
    const ids = deadlines.map((deadline) => deadline.id);
    const claimed = new Set(run.preview ? ids : await claimDigestDeadlines(recipient.id, ids, run.today));
    const items = deadlines.filter((deadline) => claimed.has(deadline.id));
    if (items.length === 0) continue;
    const locale = isLocale(recipient.locale) ? recipient.locale : "en";
    const t = catalogue(locale);
    const digest = composeReminderDigest({
      recipientName: recipient.displayName,
      today: run.today,
      timeZone: run.timeZone,
      locale,
      words: { ...t.reminderEmail, due: t.deadline },
      items: items.map((item) => ({
        title: pickField(item.commitment.title, item.commitment.translations, "title", locale).text,
        status: item.commitment.status,
        label: item.label,
        date: item.date,
        precision: item.precision,
        original: item.original,
        moves: item.moves,
        link: `${run.origin}${localePath(locale, `/admin/commitments/${item.commitment.key}`)}#log-update`,
      })),
    });
    try {
      await run.mailer.send({ to: recipient.email, ...digest });
      report.digests += 1;
      report.deadlines += items.length;
    } catch (error) {
      if (!run.preview) await releaseDigestDeadlines(recipient.id, [...claimed], run.today);
      report.failures.push({ email: recipient.email, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}
