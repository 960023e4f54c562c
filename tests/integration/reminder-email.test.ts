import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toDbDate, type CalendarDate } from "@/lib/domain/calendar-date";
import type { Role } from "@/lib/generated/prisma/enums";
import { laDeclaration2024Es } from "@/prisma/seed/translations-es";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const { sendReminderDigests } = await import("@/lib/mail/send-reminder-digests");
const { printMailer, smtpMailer } = await import("@/lib/mail/mailer");
const { snoozeReminder } = await import("@/lib/data/reminder-snoozes");

const root = path.resolve(import.meta.dirname, "../..");
const database = useTestDatabase();
const ORIGIN = "https://pledgeboard.example.org";
const FROM = "Pledgeboard <reminders@example.org>";
let sink: SmtpSink;
const users = {} as Record<"admin" | "costaRica", { id: string; email: string; role: Role }>;

beforeAll(async () => {
  sink = await startSmtpSink();
  users.admin = await makeUser(database.prisma, "ADMIN", { email: "ada.admin@example.org" });
  users.costaRica = await makeUser(database.prisma, "EDITOR", { email: "carla.cr@example.org", countries: ["CR"] });
  const disabled = await makeUser(database.prisma, "EDITOR", { email: "dan.disabled@example.org" });
  await database.prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
});

afterAll(async () => {
  await sink.close();
});

function run(today: CalendarDate, options: { url?: string; preview?: boolean } = {}) {
  const mailer = smtpMailer(options.url ?? sink.url, FROM);
  return sendReminderDigests({ today, timeZone: "America/New_York", origin: ORIGIN, mailer, preview: false, ...options })
    .finally(() => mailer.close());
}

/** Messages that arrived since `from`, by recipient. */
function arrived(from: number): Map<string, ParsedMail> {
  return new Map(sink.received.slice(from).map((mail) => [
    Array.isArray(mail.to) ? "" : (mail.to?.value[0]?.address ?? ""),
    mail,
  ]));
}

const CR_TITLE = "Costa Rica and the United States to extend the Safe Mobility Offices in Costa Rica until December 2025";
const CR_TITLE_ES = laDeclaration2024Es.commitments["cr-safe-mobility-offices-extension"]!.title;
const EC_TITLE = "Ecuador extends its regularization process for Venezuelans until April 2025";

describe("npm run reminders, through SMTP", () => {
  it("sends each active staff member the overdue and soon-due deadlines of their scope", async () => {
    const before = sink.received.length;
    // December 15, 2025: Ecuador (April 2025) and fiscal year 2024 are overdue; the December 2025 ones are due in 16 days.
    const report = await run("2025-12-15");
    expect(report).toEqual({ digests: 2, deadlines: 7, failures: [] });
    const mail = arrived(before);
    expect([...mail.keys()].sort()).toEqual(["ada.admin@example.org", "carla.cr@example.org"]);

    const admin = mail.get("ada.admin@example.org");
    expect(admin?.from?.value[0]).toMatchObject({ name: "Pledgeboard", address: "reminders@example.org" });
    expect(admin?.subject).toBe("Pledgeboard reminders: 2 overdue, 4 due within 30 days");
    expect(admin?.text).toContain(EC_TITLE);
    expect(admin?.text).toContain("Regularization process open until: April 2025, due April 30, 2025 (229 days ago)");
    expect(admin?.text).toContain(CR_TITLE);

    const editor = mail.get("carla.cr@example.org");
    expect(editor?.subject).toBe("Pledgeboard reminders: 1 due within 30 days");
    expect(editor?.text).toContain("Safe Mobility Offices open until: December 2025, due December 31, 2025 (in 16 days)");
    expect(editor?.text).toContain(`Log an update: ${ORIGIN}/admin/commitments/cr-safe-mobility-offices-extension#log-update`);
    expect(editor?.text).not.toContain(EC_TITLE);
  });

  it("sends nothing twice for the same deadline on the same day, and again the next day", async () => {
    const before = sink.received.length;
    expect(await run("2025-12-15")).toEqual({ digests: 0, deadlines: 0, failures: [] });
    expect(sink.received.length).toBe(before);
    expect(await database.prisma.reminderDelivery.count({ where: { day: toDbDate("2025-12-15") } })).toBe(7);

    expect(await run("2025-12-16")).toMatchObject({ digests: 2, deadlines: 7 });
    expect(sink.received.length).toBe(before + 2);
  });

  it("sends only what is new that day when a deadline becomes due after the first run", async () => {
    const before = sink.received.length;
    const deadline = await database.prisma.deadline.findFirstOrThrow({ where: { commitment: { key: "cr-safe-mobility-eligibility-expansion" } } });
    // A reference date turned into a deadline due tomorrow, for this test only.
    await database.prisma.deadline.update({ where: { id: deadline.id },
      data: { kind: "DEADLINE", date: toDbDate("2025-12-17"), precision: "DAY", dueOn: toDbDate("2025-12-17") } });
    try {
      expect(await run("2025-12-16")).toEqual({ digests: 2, deadlines: 2, failures: [] });
      for (const mail of arrived(before).values()) expect(mail.subject).toBe("Pledgeboard reminders: 1 due within 30 days");
    } finally {
      await database.prisma.deadline.update({ where: { id: deadline.id },
        data: { kind: deadline.kind, date: deadline.date, precision: deadline.precision, dueOn: deadline.dueOn } });
    }
  });

  it("sends each deadline once when two runs race, as from two app instances", async () => {
    const before = sink.received.length;
    const reports = await Promise.all([run("2025-12-17"), run("2025-12-17"), run("2025-12-17")]);
    expect(reports.reduce((sum, report) => sum + report.deadlines, 0)).toBe(7);
    const lines = sink.received.slice(before).flatMap((mail) => {
      const to = Array.isArray(mail.to) ? "" : mail.to?.text;
      return (mail.text ?? "").split("\n").filter((line) => line.startsWith("- ")).map((line) => `${to} ${line}`);
    });
    expect(lines).toHaveLength(7);
    expect(new Set(lines).size).toBe(7);
  });

  it("gives the deadlines back when the mail server refuses, so the next run sends them", async () => {
    sink.refusing = true;
    try {
      const refused = await run("2025-12-18");
      expect(refused.digests).toBe(0);
      expect(refused.failures.map((failure) => failure.email).sort()).toEqual(["ada.admin@example.org", "carla.cr@example.org"]);
      expect(refused.failures[0]?.error).toMatch(/550/);
    } finally {
      sink.refusing = false;
    }
    expect(await database.prisma.reminderDelivery.count({ where: { day: toDbDate("2025-12-18") } })).toBe(0);
    expect(await run("2025-12-18")).toMatchObject({ digests: 2, deadlines: 7, failures: [] });
  });

  it("leaves out a snoozed deadline until its day", async () => {
    const deadline = await database.prisma.deadline.findFirstOrThrow({ where: { commitment: { key: "cr-safe-mobility-offices-extension" } } });
    const editor = { id: users.costaRica.id, role: users.costaRica.role, scope: { countryCodes: ["CR"], pillarIds: [] } };
    expect(await snoozeReminder(editor, { commitmentId: deadline.commitmentId, deadlineId: deadline.id, until: "2025-12-21",
      reason: "Waiting for the ministry" }, "2025-12-19")).toMatchObject({ kind: "saved" });
    const before = sink.received.length;
    expect(await run("2025-12-19")).toMatchObject({ digests: 1, deadlines: 5 });
    expect(arrived(before).has("carla.cr@example.org")).toBe(false);
    expect(await run("2025-12-21")).toMatchObject({ digests: 2, deadlines: 7 });
  });

  it("prints the digests in preview and records nothing", async () => {
    const printed: string[] = [];
    const report = await sendReminderDigests({ today: "2025-12-22", timeZone: "America/New_York", origin: ORIGIN,
      mailer: printMailer((text) => printed.push(text)), preview: true });
    expect(report).toMatchObject({ digests: 2, deadlines: 7 });
    expect(printed.join("")).toContain("To: carla.cr@example.org\nSubject: Pledgeboard reminders: 1 due within 30 days");
    expect(await database.prisma.reminderDelivery.count({ where: { day: toDbDate("2025-12-22") } })).toBe(0);
  });
});

describe("a staff member who works in Spanish", () => {
  it("gets the e-mail in Spanish, with Spanish titles where there are some and links to the Spanish pages", async () => {
    await database.prisma.user.update({ where: { id: users.costaRica.id }, data: { locale: "es" } });
    try {
      const before = sink.received.length;
      expect(await run("2025-12-23")).toMatchObject({ digests: 2, failures: [] });
      const spanish = arrived(before).get("carla.cr@example.org");
      expect(spanish?.subject).toBe("Recordatorios de Pledgeboard: 1 vence en 30 días");
      expect(spanish?.text).toContain(`- ${CR_TITLE_ES}`);
      expect(spanish?.text).toContain("diciembre de 2025, vence el 31 de diciembre de 2025 (en 8 días)");
      expect(spanish?.text).toContain(
        `Registrar una actualización: ${ORIGIN}/es/admin/commitments/cr-safe-mobility-offices-extension#log-update`);
      expect(arrived(before).get("ada.admin@example.org")?.subject).toMatch(/^Pledgeboard reminders: /);
    } finally {
      await database.prisma.user.update({ where: { id: users.costaRica.id }, data: { locale: "en" } });
    }
  });
});

describe("the npm run reminders command", () => {
  const execFileAsync = promisify(execFile);
  const command = (env: Record<string, string>) => execFileAsync(process.execPath,
    ["--conditions=react-server", "--import", "tsx", "lib/cli/reminders.ts"],
    { cwd: root, env: { ...process.env, DATABASE_URL: database.url, APP_TIME_ZONE: "America/New_York",
      NEXTAUTH_URL: ORIGIN, ...env } });

  it("prints the digests without SMTP_URL", async () => {
    const before = sink.received.length;
    const { stdout } = await command({ SMTP_URL: "" });
    expect(stdout).toContain("To: ada.admin@example.org");
    expect(stdout).toContain(CR_TITLE);
    expect(stdout).toMatch(/Printed \(SMTP_URL is not set; nothing recorded as sent\): 2 e-mails/);
    expect(sink.received.length).toBe(before);
  });

  it("sends through SMTP_URL, once a day", async () => {
    const before = sink.received.length;
    const first = await command({ SMTP_URL: sink.url, SMTP_FROM: FROM });
    expect(first.stdout).toMatch(/Sent: 2 e-mails with \d+ deadlines for \d{4}-\d{2}-\d{2} \(America\/New_York\)\./);
    expect([...arrived(before).keys()].sort()).toEqual(["ada.admin@example.org", "carla.cr@example.org"]);
    expect(arrived(before).get("ada.admin@example.org")?.text).toContain(EC_TITLE);
    const second = await command({ SMTP_URL: sink.url, SMTP_FROM: FROM });
    expect(second.stdout).toMatch(/Sent: 0 e-mails/);
    expect(sink.received.length).toBe(before + 2);
  });
});
