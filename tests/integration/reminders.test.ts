import { beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIn, type CalendarDate } from "@/lib/domain/calendar-date";
import type { Actor } from "@/lib/domain/permissions";
import { quietBefore, REMINDER_GROUPS, reminderGroup, type ReminderGroup } from "@/lib/domain/reminder-windows";
import type { ReminderView } from "@/lib/data/reminder-query";
import { signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const { listDeadlineReminders, listQuietReminders, countOverdueReminders } = await import("@/lib/data/reminders");
const { getReminderSettings } = await import("@/lib/data/reminder-settings");
const { snoozeReminderAction, setQuietDaysAction } = await import("@/app/(site)/admin/reminders/actions");
const { logProgressUpdateAction } = await import("@/app/(site)/admin/commitments/[key]/actions");
const { env } = await import("@/lib/env");

const database = useTestDatabase();
type User = { id: string; sessionVersion: number; role: Actor["role"] };
const users = {} as Record<"admin" | "viewer" | "editor" | "costaRica" | "colombia" | "uruguay", User>;

beforeAll(async () => {
  users.admin = await makeUser(database.prisma, "ADMIN");
  users.viewer = await makeUser(database.prisma, "VIEWER");
  users.editor = await makeUser(database.prisma, "EDITOR", { all: true });
  users.costaRica = await makeUser(database.prisma, "EDITOR", { countries: ["CR"] });
  users.colombia = await makeUser(database.prisma, "EDITOR", { countries: ["CO"] });
  users.uruguay = await makeUser(database.prisma, "EDITOR", { countries: ["UY"] });
});

function actor(user: User, countryCodes: string[] = []): Actor {
  return { id: user.id, role: user.role, scope: { countryCodes, pillarIds: [] } };
}
const admin = () => actor(users.admin);
const ALL = { scope: "all" as const, filters: {} };
const MINE = { scope: "mine" as const, filters: {} };

/** Commitment keys per group, as the page lists them. */
async function keysByGroup(who: Actor, today: CalendarDate, view: ReminderView = ALL) {
  const groups = await listDeadlineReminders(who, view, today);
  return Object.fromEntries(REMINDER_GROUPS.map((group) => [group, groups[group].rows.map((row) => row.commitment.key)])) as
    Record<ReminderGroup, string[]>;
}

const CR = "cr-safe-mobility-offices-extension";
const EC = "ec-regularization-extension";
const CO = "co-rotating-country-chair-2025-ministerial";
/** Colombia's other role, its own record since issue 14: the chair's term ends in 2025 too. */
const CO_CHAIR = "co-rotating-country-chair";
const CA = "ca-safe-mobility-referrals";
const US_FY = "us-refugee-resettlement-100000";

describe("the deadline groups on a fixed day", () => {
  it("sorts the seeded deadlines by the day each falls due, oldest overdue first", async () => {
    expect(await keysByGroup(admin(), "2025-12-01")).toEqual({
      overdue: [US_FY, EC], // September 30, 2024 (fiscal year 2024), then April 30, 2025
      due30: expect.arrayContaining([CR, CO, CO_CHAIR, CA]), // December 31, 2025: 30 days ahead
      due60: [],
      due90: [],
    });
    expect((await keysByGroup(admin(), "2025-11-15")).due60).toEqual(expect.arrayContaining([CR, CO, CA]));
    expect((await keysByGroup(admin(), "2025-10-15")).due90).toEqual(expect.arrayContaining([CR, CO, CA]));
    expect(await keysByGroup(admin(), "2025-09-01")).toEqual({ overdue: [US_FY, EC], due30: [], due60: [], due90: [] });
  });

  it("keeps a month deadline due on its last day and overdue from the next", async () => {
    expect((await keysByGroup(admin(), "2025-04-30")).due30).toEqual([EC]);
    expect((await keysByGroup(admin(), "2025-05-01")).overdue).toEqual([US_FY, EC]);
    expect((await keysByGroup(admin(), "2025-12-31")).due30).toContain(CR);
    expect((await keysByGroup(admin(), "2026-01-01")).overdue).toContain(CR);
  });

  it("counts each group whole and shows every row in the group its due day says", async () => {
    const today = "2025-12-01";
    const groups = await listDeadlineReminders(admin(), ALL, today);
    for (const group of REMINDER_GROUPS) {
      expect(groups[group].total).toBe(groups[group].rows.length);
      for (const row of groups[group].rows) expect(reminderGroup(row, row.commitment.status, today)).toBe(group);
    }
    const limited = await listDeadlineReminders(admin(), ALL, today, 1);
    expect(limited.due30).toMatchObject({ total: 4, rows: [expect.anything()] });
  });

  it("applies the filters of the admin list", async () => {
    const only = async (filters: ReminderView["filters"]) => keysByGroup(admin(), "2025-12-01", { scope: "all", filters });
    expect(await only({ country: "EC" })).toEqual({ overdue: [EC], due30: [], due60: [], due90: [] });
    expect((await only({ pillar: "lawful-pathways" })).due30.sort()).toEqual([CA, CR].sort());
    expect((await only({ status: "NOT_STARTED" })).due30.sort()).toEqual([CO_CHAIR, CO].sort());
    expect((await only({ q: "offices-extension" })).due30).toEqual([CR]);
  });

  it("lists commitments without an update for the set number of days, and none that are closed", async () => {
    // The seed dates every commitment's last update to the fact sheet, September 26, 2024.
    const quietOn = (today: CalendarDate, days: number) => listQuietReminders(admin(), ALL, today,
      quietBefore(today, days, "America/New_York"));
    const open = await database.prisma.commitment.count({ where: { status: { notIn: ["COMPLETED", "DISCONTINUED"] } } });
    expect((await quietOn("2026-11-28", 90)).total).toBe(open);
    expect((await quietOn("2024-12-24", 90)).total).toBe(0); // 89 days after
    expect((await quietOn("2024-12-25", 90)).total).toBe(open); // 90 days after
    expect((await quietOn("2026-11-28", 1000)).total).toBe(0);
    expect((await quietOn("2026-11-28", 90)).rows.map((row) => row.key)).not.toContain("gt-dismantles-san-antonio-smuggling-network");
  });
});

describe("scope", () => {
  it("shows a scoped editor their own scope by default and everything when widened", async () => {
    const costaRica = actor(users.costaRica, ["CR"]);
    const mine = await keysByGroup(costaRica, "2025-12-01", MINE);
    expect(mine).toEqual({ overdue: [], due30: [CR], due60: [], due90: [] });
    expect(await keysByGroup(costaRica, "2025-12-01", ALL)).toEqual(await keysByGroup(admin(), "2025-12-01", ALL));
    expect(await countOverdueReminders(costaRica, "2026-11-28")).toBe(1);
    expect(await countOverdueReminders(admin(), "2026-11-28")).toBe(6);
  });

  it("gives actors without a scope everything as their own scope", async () => {
    expect(await keysByGroup(actor(users.viewer), "2025-12-01", MINE)).toEqual(await keysByGroup(admin(), "2025-12-01", ALL));
  });
});

describe("snoozing a reminder", () => {
  const today = () => todayIn(env().APP_TIME_ZONE);

  async function snoozeForm(fields: Record<string, string>) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    return form;
  }

  async function colombiaDeadline() {
    return database.prisma.deadline.findFirstOrThrow({ where: { commitment: { key: CO } }, include: { commitment: true } });
  }

  it("takes the deadline out of its group until the day, and records it in the history", async () => {
    const deadline = await colombiaDeadline();
    const colombia = actor(users.colombia, ["CO"]);
    expect((await keysByGroup(colombia, today(), MINE)).overdue.sort()).toEqual([CO_CHAIR, CO].sort());
    signInAs(users.colombia);
    const until = addDays(today(), 7);
    const result = await snoozeReminderAction({}, await snoozeForm({ commitmentId: deadline.commitmentId,
      deadlineId: deadline.id, until, reason: "The ministry answers after its recess." }));
    expect(result).toMatchObject({ ok: true });

    expect((await keysByGroup(colombia, today(), MINE)).overdue).toEqual([CO_CHAIR]);
    expect(await countOverdueReminders(colombia, today())).toBe(1);
    expect((await keysByGroup(colombia, addDays(today(), 6), MINE)).overdue).toEqual([CO_CHAIR]);
    expect((await keysByGroup(colombia, until, MINE)).overdue.sort()).toEqual([CO_CHAIR, CO].sort());

    const after = await database.prisma.commitment.findUniqueOrThrow({ where: { key: CO } });
    expect(after.version).toBe(deadline.commitment.version + 1);
    expect(after.lastUpdateAt).toEqual(deadline.commitment.lastUpdateAt);
    const entry = await database.prisma.progressUpdate.findFirstOrThrow({
      where: { commitmentId: after.id, version: after.version }, include: { reminderSnooze: true } });
    expect(entry).toMatchObject({ visibility: "INTERNAL", authorId: users.colombia.id, newStatus: null });
    expect(entry.note).toMatch(/^The reminder of “Fifth Ministerial hosted by Colombia” is snoozed until .+: The ministry answers after its recess\.$/);
    expect(entry.reminderSnooze).toMatchObject({ deadlineId: deadline.id, userId: users.colombia.id,
      reason: "The ministry answers after its recess." });
  });

  it("snoozes a commitment's quiet reminder apart from its deadlines", async () => {
    const commitment = await database.prisma.commitment.findUniqueOrThrow({ where: { key: CO } });
    const colombia = actor(users.colombia, ["CO"]);
    const quietKeys = async () => (await listQuietReminders(colombia, MINE, today(),
      quietBefore(today(), 90, env().APP_TIME_ZONE))).rows.map((row) => row.key);
    expect(await quietKeys()).toContain(CO);
    signInAs(users.colombia);
    expect(await snoozeReminderAction({}, await snoozeForm({ commitmentId: commitment.id, deadlineId: "",
      until: addDays(today(), 30), reason: "Waiting for the meeting's date." }))).toMatchObject({ ok: true });
    expect(await quietKeys()).not.toContain(CO);
  });

  it("refuses a day that is not after today, a missing reason, and a deadline of another commitment", async () => {
    const deadline = await colombiaDeadline();
    const other = await database.prisma.deadline.findFirstOrThrow({ where: { commitment: { key: CR } } });
    signInAs(users.colombia);
    const result = await snoozeReminderAction({}, await snoozeForm({ commitmentId: deadline.commitmentId,
      deadlineId: deadline.id, until: today(), reason: "  " }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.reason?.[0]).toMatch(/Say why/);
    const dated = await snoozeReminderAction({}, await snoozeForm({ commitmentId: deadline.commitmentId,
      deadlineId: deadline.id, until: today(), reason: "Typed reason" }));
    expect(dated.fieldErrors?.until?.[0]).toMatch(/after today/);
    expect(dated.values?.reason).toBe("Typed reason");
    const foreign = await snoozeReminderAction({}, await snoozeForm({ commitmentId: deadline.commitmentId,
      deadlineId: other.id, until: addDays(today(), 3), reason: "Wrong row" }));
    expect(foreign.fieldErrors?.deadlineId?.[0]).toMatch(/does not belong/);
  });

  it("is refused outside the editor's scope and for a viewer, and nothing is written", async () => {
    const deadline = await database.prisma.deadline.findFirstOrThrow({ where: { commitment: { key: CA } } });
    const before = await database.prisma.reminderSnooze.count();
    const form = await snoozeForm({ commitmentId: deadline.commitmentId, deadlineId: deadline.id,
      until: addDays(today(), 3), reason: "Not mine" });
    signInAs(users.uruguay);
    expect((await snoozeReminderAction({}, form)).message).toMatch(/outside your scope/);
    signInAs(users.viewer);
    expect((await snoozeReminderAction({}, form)).message).toMatch(/role does not allow/);
    expect(await database.prisma.reminderSnooze.count()).toBe(before);
  });
});

describe("the quiet-days setting", () => {
  it("is 90 until an admin changes it, and only an admin can", async () => {
    expect(await getReminderSettings()).toEqual({ quietDays: 90 });
    signInAs(users.editor);
    expect((await setQuietDaysAction({}, new FormData())).message).toMatch(/role does not allow/);
    signInAs(users.admin);
    const form = new FormData();
    form.set("quietDays", "0");
    expect((await setQuietDaysAction({}, form)).fieldErrors?.quietDays?.[0]).toMatch(/At least 1 day/);
    form.set("quietDays", "120");
    expect(await setQuietDaysAction({}, form)).toMatchObject({ ok: true });
    expect(await getReminderSettings()).toEqual({ quietDays: 120 });
    // The database holds the same range, whatever calls it.
    await expect(database.prisma.reminderSetting.update({ where: { id: 1 }, data: { quietDays: 0 } })).rejects.toThrow();
  });
});

describe("the seeded data on today's date", () => {
  const today = () => todayIn(env().APP_TIME_ZONE);

  async function updateForm(key: string, fields: (deadlineId: string) => Record<string, string>) {
    const commitment = await database.prisma.commitment.findUniqueOrThrow({ where: { key }, include: { deadlines: true } });
    const form = new FormData();
    const values: Record<string, string> = { commitmentId: commitment.id, expectedVersion: String(commitment.version),
      status: commitment.status, statusReason: "", note: "", evidenceUrls: "", visibility: "PUBLIC",
      ...fields(commitment.deadlines[0]?.id ?? "") };
    for (const [name, value] of Object.entries(values)) form.set(name, value);
    return form;
  }

  it("lists Costa Rica's Safe Mobility Offices and Ecuador's regularization as overdue until staff act", async () => {
    expect((await keysByGroup(admin(), today())).overdue).toEqual(expect.arrayContaining([CR, EC]));

    signInAs(users.editor);
    const nextYear = Number(today().slice(0, 4)) + 1;
    const extend = await updateForm(CR, (deadlineId) => ({ note: "Both governments keep the offices open.",
      [`deadline.${deadlineId}.value`]: `${nextYear}-06`, [`deadline.${deadlineId}.precision`]: "MONTH" }));
    expect(await logProgressUpdateAction({}, extend)).toMatchObject({ ok: true });
    const afterExtension = await keysByGroup(admin(), today());
    expect(afterExtension.overdue).not.toContain(CR);
    expect(afterExtension.overdue).toContain(EC);

    const complete = await updateForm(EC, () => ({ status: "COMPLETED", statusReason: "The process closed in April 2025.",
      noEvidence: "on" }));
    expect(await logProgressUpdateAction({}, complete)).toMatchObject({ ok: true });
    const afterCompletion = await keysByGroup(admin(), today());
    expect(Object.values(afterCompletion).flat()).not.toContain(EC);
  });
});
