import { beforeAll, describe, expect, it } from "vitest";
import { addDays, fromDbDate, type CalendarDate } from "@/lib/domain/calendar-date";
import { deadlineState } from "@/lib/domain/deadline-state";
import type { Actor } from "@/lib/domain/permissions";
import { REMINDER_GROUPS, reminderGroup, type ReminderGroup } from "@/lib/domain/reminder-windows";
import { listDeadlineReminders } from "@/lib/data/reminders";
import { listDeadlineWatch, listPublicCommitments } from "@/lib/data/public-commitments";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

/**
 * The deadline reads on the real seed, with "today" set to days around one seeded deadline instead of the machine's
 * clock (on which every seeded deadline has long passed): the day before it falls due, the day itself, the day after,
 * and each edge of the 30/60/90-day reminder groups.
 */
const database = useTestDatabase();
let key = "";
let deadlineId = "";
let dueOn: CalendarDate = "";
let admin: Actor;

beforeAll(async () => {
  // An open public commitment whose earliest deadline is not shared with another of its deadlines: on the day that
  // deadline falls due, nothing else of the commitment has passed yet.
  const deadlines = await database.prisma.deadline.findMany({
    where: { kind: { in: ["DEADLINE", "MILESTONE"] },
      commitment: { archivedAt: null, status: { notIn: ["COMPLETED", "DISCONTINUED"] } } },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    include: { commitment: { select: { key: true } } },
  });
  const firstPerCommitment = new Map<string, (typeof deadlines)[number]>();
  for (const deadline of deadlines) {
    if (!firstPerCommitment.has(deadline.commitment.key)) firstPerCommitment.set(deadline.commitment.key, deadline);
  }
  const chosen = [...firstPerCommitment.values()].find((first) =>
    deadlines.filter((other) => other.commitmentId === first.commitmentId && other.dueOn.getTime() === first.dueOn.getTime())
      .length === 1)!;
  key = chosen.commitment.key;
  deadlineId = chosen.id;
  dueOn = fromDbDate(chosen.dueOn);
  const user = await makeUser(database.prisma, "ADMIN");
  admin = { id: user.id, role: "ADMIN", scope: { countryCodes: [], pillarIds: [] } };
});

async function watch(today: CalendarDate) {
  const { passed, upcoming } = await listDeadlineWatch(today, { key });
  return { passed: passed.map((row) => row.id).includes(deadlineId), upcoming: upcoming.map((row) => row.id).includes(deadlineId) };
}

async function listedAs(deadline: "overdue" | "30", today: CalendarDate): Promise<boolean> {
  const { rows } = await listPublicCommitments({ q: key, deadline, sort: "source", page: 1 }, today);
  return rows.some((row) => row.key === key);
}

async function groupOf(today: CalendarDate): Promise<ReminderGroup | null> {
  const lists = await listDeadlineReminders(admin, { scope: "all", filters: { q: key } }, today);
  const groups = REMINDER_GROUPS.filter((group) => lists[group].rows.some((row) => row.id === deadlineId));
  expect(groups.length).toBeLessThanOrEqual(1);
  return groups[0] ?? null;
}

describe("the deadline watch and the deadline filter around the day a deadline falls due", () => {
  it("shows the deadline as upcoming the day before and on the day itself, and as passed the day after", async () => {
    expect(await watch(addDays(dueOn, -1))).toEqual({ passed: false, upcoming: true });
    expect(await watch(dueOn)).toEqual({ passed: false, upcoming: true });
    expect(await watch(addDays(dueOn, 1))).toEqual({ passed: true, upcoming: false });
  });

  it("leaves the commitment out of deadline=overdue until the day after the deadline", async () => {
    expect(await listedAs("overdue", dueOn)).toBe(false);
    expect(await listedAs("overdue", addDays(dueOn, 1))).toBe(true);
    expect(await listedAs("30", dueOn)).toBe(true);
    expect(await listedAs("30", addDays(dueOn, 1))).toBe(false);
    expect(await listedAs("30", addDays(dueOn, -30))).toBe(true);
    expect(await listedAs("30", addDays(dueOn, -31))).toBe(false);
  });
});

describe("the reminder groups on the seed at chosen days", () => {
  it.each([
    [-91, null, "in 3 months"],
    [-90, "due90", "in 3 months"],
    [-61, "due90", "in 2 months"],
    [-60, "due60", "in 2 months"],
    [-31, "due60", "in 31 days"],
    [-30, "due30", "in 30 days"],
    [-1, "due30", "due tomorrow"],
    [0, "due30", "due today"],
    [1, "overdue", "passed"],
  ] as const)("puts the deadline %i days from its due day in group %s, labelled %j", async (offset, group, label) => {
    const today = addDays(dueOn, offset);
    expect(await groupOf(today)).toBe(group);
    const deadline = await database.prisma.deadline.findUniqueOrThrow({ where: { id: deadlineId } });
    const facts = { date: fromDbDate(deadline.date), precision: deadline.precision };
    expect(reminderGroup(facts, "IN_PROGRESS", today)).toBe(group);
    expect(deadlineState(facts, today).label).toBe(label);
  });
});
