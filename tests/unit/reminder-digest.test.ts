import { describe, expect, it } from "vitest";
import { composeReminderDigest, type DigestItem } from "@/lib/domain/reminder-digest";
import { en } from "@/lib/messages/en";
import { es } from "@/lib/messages/es";

const english = { locale: "en" as const, words: { ...en.reminderEmail, due: en.deadline } };
const spanish = { locale: "es" as const, words: { ...es.reminderEmail, due: es.deadline } };

const costaRica: DigestItem = {
  title: "Costa Rica extends Safe Mobility Offices until December 2025",
  status: "IN_PROGRESS",
  label: "Safe Mobility Offices open until",
  date: "2025-12-01",
  precision: "MONTH",
  original: { date: "2025-12-01", precision: "MONTH" },
  moves: 0,
  link: "http://localhost:3000/admin/commitments/cr-safe-mobility-offices-extension#log-update",
};
const fiscal: DigestItem = {
  title: "Refugee admissions this fiscal year",
  status: "NOT_STARTED",
  label: "Within fiscal year",
  date: "2025-10-01",
  precision: "FISCAL_YEAR",
  original: { date: "2025-10-01", precision: "FISCAL_YEAR" },
  moves: 0,
  link: "http://localhost:3000/admin/commitments/fy#log-update",
};

describe("composeReminderDigest", () => {
  // Made inside each test: Stryker switches a mutant on per test, so a digest made while the file loads never has one.
  const digest = () => composeReminderDigest({ ...english, recipientName: "Eva", items: [costaRica, fiscal], today: "2026-09-10",
    timeZone: "America/New_York" });

  it("counts each group in the subject", () => {
    expect(digest().subject).toBe("Pledgeboard reminders: 1 overdue, 1 due within 30 days");
  });

  it("lists overdue deadlines before those due soon, with the date as written, the due day and the link", () => {
    expect(digest().text).toContain("Hello Eva,");
    expect(digest().text).toContain("(as of September 10, 2026, America/New_York)");
    const overdueAt = digest().text.indexOf("Overdue: passed without being completed");
    const soonAt = digest().text.indexOf("Due within 30 days");
    expect(overdueAt).toBeGreaterThan(0);
    expect(soonAt).toBeGreaterThan(overdueAt);
    expect(digest().text).toContain("  Safe Mobility Offices open until: December 2025, due December 31, 2025 (253 days ago)");
    expect(digest().text).toContain("  Within fiscal year: Fiscal year 2026, due September 30, 2026 (in 20 days)");
    expect(digest().text).toContain(`  Log an update: ${costaRica.link}`);
  });

  it("gives a moved deadline's first date and how many times it moved", () => {
    const moved = composeReminderDigest({ ...english, recipientName: "Eva", today: "2026-06-10", timeZone: "UTC",
      items: [{ ...costaRica, date: "2026-06-01", moves: 2 }] });
    expect(moved.text).toContain("  Safe Mobility Offices open until: June 2026, due June 30, 2026 (in 20 days); " +
      "first set as December 2025, moved twice");
  });

  it("writes the whole e-mail a staff member reads, word for word", () => {
    const passedYesterday = { ...costaRica, title: "Passed yesterday", label: "Report due", date: "2026-09-09",
      precision: "DAY" as const, original: { date: "2026-09-09", precision: "DAY" as const }, link: "https://x/a" };
    const done = { ...fiscal, title: "Already done", status: "COMPLETED" as const };
    const later = { ...fiscal, title: "Far off", date: "2027-10-01", original: { date: "2027-10-01", precision: "FISCAL_YEAR" as const } };
    const mail = composeReminderDigest({ ...english, recipientName: "Eva", today: "2026-09-10", timeZone: "UTC",
      items: [passedYesterday, done, later, fiscal] });
    expect(mail.subject).toBe("Pledgeboard reminders: 1 overdue, 1 due within 30 days");
    expect(mail.text).toBe([
      "Hello Eva,",
      "",
      "These deadlines in your scope need attention (as of September 10, 2026, UTC).",
      "",
      "Overdue: passed without being completed",
      "",
      "- Passed yesterday",
      "  Report due: September 9, 2026, due September 9, 2026 (1 day ago)",
      "  Log an update: https://x/a",
      "",
      "Due within 30 days",
      "",
      "- Refugee admissions this fiscal year",
      "  Within fiscal year: Fiscal year 2026, due September 30, 2026 (in 20 days)",
      `  Log an update: ${fiscal.link}`,
      "",
      "Each deadline is in this e-mail at most once a day. Snoozed reminders are left out until their day.",
      "",
    ].join("\n"));
  });

  it("counts only the overdue group in the subject when nothing is due soon", () => {
    expect(composeReminderDigest({ ...english, recipientName: "Eva", items: [costaRica], today: "2026-09-10", timeZone: "UTC" })
      .subject).toBe("Pledgeboard reminders: 1 overdue");
  });

  it("leaves out a group with nothing in it", () => {
    const onlySoon = composeReminderDigest({ ...english, recipientName: "Eva", items: [fiscal], today: "2026-09-30",
      timeZone: "UTC" });
    expect(onlySoon.subject).toBe("Pledgeboard reminders: 1 due within 30 days");
    expect(onlySoon.text).not.toContain("Overdue");
    // Nothing at all stands where the empty group would be: the greeting's paragraph runs on into the next group.
    expect(onlySoon.text).toContain("(as of September 30, 2026, UTC).\n\nDue within 30 days\n");
    expect(onlySoon.text).toContain("(due today)");
  });

  it("writes the e-mail of a staff member who works in Spanish in Spanish, with Spanish dates and links", () => {
    const mail = composeReminderDigest({ ...spanish, recipientName: "Sofía", today: "2026-09-10", timeZone: "UTC",
      items: [{ ...costaRica, link: "https://x/es/admin/commitments/cr#log-update" }, fiscal] });
    expect(mail.subject).toBe("Recordatorios de Pledgeboard: 1 vencido, 1 vence en 30 días");
    expect(mail.text).toContain("Hola, Sofía:\n\nEstos plazos de su ámbito requieren atención (al 10 de septiembre de 2026, UTC).");
    expect(mail.text).toContain("Vencidos: sin cumplirse\n\n- Costa Rica extends Safe Mobility Offices until December 2025\n" +
      "  Safe Mobility Offices open until: diciembre de 2025, vence el 31 de diciembre de 2025 (hace 253 días)\n" +
      "  Registrar una actualización: https://x/es/admin/commitments/cr#log-update");
    expect(mail.text).toContain("(en 20 días)");
    expect(mail.text).not.toMatch(/\b(due|days|ago|Log an update|Hello)\b/);
  });
});

describe("composeReminderDigest, a day before the deadline", () => {
  it("says a deadline is due tomorrow", () => {
    const tomorrow = { ...costaRica, title: "Due tomorrow", date: "2025-10-31", precision: "DAY" as const,
      original: { date: "2025-10-31", precision: "DAY" as const } };
    const mail = composeReminderDigest({ ...english, recipientName: "Eva", items: [tomorrow], today: "2025-10-30",
      timeZone: "UTC" });
    expect(mail.text).toContain(`(${en.deadline.dueTomorrow})`);
  });
});
