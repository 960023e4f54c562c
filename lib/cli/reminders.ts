import { parseArgs } from "node:util";
import { connectDatabase, disconnectDatabase } from "../db/client";
import { applyMigrations } from "../db/migrate";
import { appOrigin, appToday, env } from "../env";
import { printMailer, smtpMailer } from "../mail/mailer";
import { sendReminderDigests } from "../mail/send-reminder-digests";
import { openDatabase } from "./open-database";

/**
 * `npm run reminders`: e-mails each staff member the deadlines of their scope that are overdue or due within 30
 * days, through SMTP_URL; without it, prints the digests and records nothing. Meant for a daily timer (cron, a
 * systemd timer): a second run on the same day sends only what is new. It runs with the react-server condition so
 * that it shares the app's server-only data layer.
 */
const USAGE = `Usage: npm run reminders

  Sends the reminder e-mail of today (in APP_TIME_ZONE) through SMTP_URL, from SMTP_FROM.
  Without SMTP_URL the e-mails are printed here instead, and nothing is recorded as sent.
`;

async function main(): Promise<number> {
  try {
    const { values } = parseArgs({ options: { help: { type: "boolean" } } });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    return 2;
  }
  const settings = env();
  const database = await openDatabase(() => undefined);
  await applyMigrations(database.url);
  connectDatabase(database.url);
  const mailer = settings.SMTP_URL ? smtpMailer(settings.SMTP_URL, settings.SMTP_FROM)
    : printMailer((text) => process.stdout.write(text));
  try {
    const today = appToday();
    const report = await sendReminderDigests({ today, timeZone: settings.APP_TIME_ZONE, origin: appOrigin(), mailer,
      preview: !settings.SMTP_URL });
    const verb = settings.SMTP_URL ? "Sent" : "Printed (SMTP_URL is not set; nothing recorded as sent)";
    console.log(`${verb}: ${report.digests} e-mails with ${report.deadlines} deadlines for ${today} (${settings.APP_TIME_ZONE}).`);
    for (const failure of report.failures) console.error(`Not sent to ${failure.email}: ${failure.error}`);
    return report.failures.length > 0 ? 1 : 0;
  } finally {
    mailer.close();
    await disconnectDatabase();
    await database.close();
  }
}

process.exitCode = await main();
