import ICAL from "ical.js";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { awaitDataGeneration } from "../support/data-generation";
import { signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const publicRoute = await import("@/app/calendar/deadlines.ics/route");
const personalRoute = await import("@/app/calendar/u/[token]/route");
const { rotateCalendarTokenAction } = await import("@/app/(site)/admin/calendar/actions");

const database = useTestDatabase();
const ORIGIN = "http://pledgeboard.test";
const CR = "cr-safe-mobility-offices-extension";
type User = { id: string; sessionVersion: number };
const users = {} as Record<"viewer" | "costaRica", User>;

beforeAll(async () => {
  users.viewer = await makeUser(database.prisma, "VIEWER");
  users.costaRica = await makeUser(database.prisma, "EDITOR", { countries: ["CR"] });
});

type ParsedEvent = { uid: string; summary: string; description: string; url: string; start: string; end: string;
  allDay: boolean };

/** The feed as a calendar application reads it, through ical.js. */
async function readCalendar(response: Response): Promise<ParsedEvent[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue("url")),
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
    };
  });
}

// Links name the host the reader reached, as a browser's Host header says.
const requestFor = (path: string) => new NextRequest(`${ORIGIN}${path}`, { headers: { host: new URL(ORIGIN).host } });
const publicFeed = () => publicRoute.GET(requestFor("/calendar/deadlines.ics"));
const personalFeed = (segment: string) => personalRoute.GET(requestFor(`/calendar/u/${segment}`),
  { params: Promise.resolve({ token: segment }) });

async function calendarDeadlines(commitment: object = {}) {
  return database.prisma.deadline.findMany({
    where: { kind: { in: ["DEADLINE", "MILESTONE"] }, commitment: { archivedAt: null, ...commitment } },
    include: { commitment: true },
  });
}

async function rotatedToken(user: User): Promise<string> {
  signInAs(user);
  expect(await rotateCalendarTokenAction({}, new FormData())).toMatchObject({ ok: true });
  const { calendarToken } = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(calendarToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return calendarToken ?? "";
}

describe("/calendar/deadlines.ics", () => {
  it("has one all-day event per public deadline, and none for a reference date", async () => {
    const events = await readCalendar(await publicFeed());
    const deadlines = await calendarDeadlines();
    expect(deadlines.length).toBeGreaterThan(3);
    expect(events.map((event) => event.uid).sort()).toEqual(deadlines.map((deadline) => `deadline-${deadline.id}@pledgeboard`).sort());
    expect(events.every((event) => event.allDay)).toBe(true);
    const references = await database.prisma.deadline.count({ where: { kind: "REFERENCE" } });
    expect(references).toBeGreaterThan(0);
  });

  it("puts Costa Rica's December 2025 deadline on December 31 with the title, status and public link", async () => {
    const [deadline] = await calendarDeadlines({ key: CR });
    const event = (await readCalendar(await publicFeed())).find((item) => item.uid === `deadline-${deadline?.id}@pledgeboard`);
    expect(event).toMatchObject({
      start: "2025-12-31",
      end: "2026-01-01",
      summary: "Costa Rica and the United States to extend the Safe Mobility Offices in Costa Rica until December 2025",
      url: `${ORIGIN}/commitments/${CR}`,
    });
    expect(event?.description).toContain("December 2025 (due December 31, 2025)");
    expect(event?.description).toContain("Status: In progress.");
  });

  it("moves an extended deadline under the same UID, and drops an archived commitment's", async () => {
    const [deadline] = await calendarDeadlines({ key: CR });
    let generation = await awaitDataGeneration(database.url);
    // A write to the deadline alone: its table's trigger tells every cache (prisma/migrations/*_data_change_notify).
    await database.prisma.deadline.update({ where: { id: deadline?.id }, data: { dueOn: new Date("2026-06-30") } });
    generation = await awaitDataGeneration(database.url, generation);
    const moved = (await readCalendar(await publicFeed())).filter((item) => item.uid === `deadline-${deadline?.id}@pledgeboard`);
    expect(moved.map((event) => event.start)).toEqual(["2026-06-30"]);

    const before = (await readCalendar(await publicFeed())).length;
    await database.prisma.commitment.update({ where: { key: CR }, data: { archivedAt: new Date() } });
    await awaitDataGeneration(database.url, generation);
    const after = await readCalendar(await publicFeed());
    expect(after).toHaveLength(before - 1);
    expect(after.map((event) => event.uid)).not.toContain(`deadline-${deadline?.id}@pledgeboard`);
    await database.prisma.commitment.update({ where: { key: CR }, data: { archivedAt: null } });
  });
});

describe("the personal calendar", () => {
  it("shows its owner's scope, linking to the staff page's update form", async () => {
    const token = await rotatedToken(users.costaRica);
    const events = await readCalendar(await personalFeed(`${token}.ics`));
    const inScope = await calendarDeadlines({ countries: { some: { countryCode: "CR" } } });
    expect(events.map((event) => event.uid).sort()).toEqual(inScope.map((deadline) => `deadline-${deadline.id}@pledgeboard`).sort());
    expect(events.map((event) => event.url)).toEqual([`${ORIGIN}/admin/commitments/${CR}#log-update`]);
  });

  it("speaks the language its owner chose: Spanish name, titles and staff links, the same UIDs", async () => {
    const token = await rotatedToken(users.costaRica);
    const english = await readCalendar(await personalFeed(`${token}.ics`));
    await database.prisma.user.update({ where: { id: users.costaRica.id }, data: { locale: "es" } });
    try {
      const response = await personalFeed(`${token}.ics`);
      const text = await response.clone().text();
      const spanish = await readCalendar(response);
      expect(text).toMatch(/^X-WR-CALNAME:Pledgeboard: mis plazos\r$/m);
      expect(spanish.map((event) => event.uid)).toEqual(english.map((event) => event.uid));
      expect(spanish.map((event) => event.url)).toEqual([`${ORIGIN}/es/admin/commitments/${CR}#log-update`]);
      const { title } = await database.prisma.commitmentTranslation.findUniqueOrThrow({
        where: { commitmentId_locale: { commitmentId: (await database.prisma.commitment.findUniqueOrThrow({ where: { key: CR } })).id,
          locale: "es" } } });
      expect(spanish[0]!.summary).toContain(title!);
    } finally {
      await database.prisma.user.update({ where: { id: users.costaRica.id }, data: { locale: "en" } });
    }
  });

  it("shows everything to a user without a scope", async () => {
    const token = await rotatedToken(users.viewer);
    expect(await readCalendar(await personalFeed(`${token}.ics`))).toHaveLength((await calendarDeadlines()).length);
  });

  it("answers 404 at the old address once the secret is replaced, and at the new one once the user is disabled", async () => {
    const old = await rotatedToken(users.costaRica);
    const fresh = await rotatedToken(users.costaRica);
    expect(fresh).not.toBe(old);
    expect((await personalFeed(`${old}.ics`)).status).toBe(404);
    expect((await personalFeed(`${fresh}.ics`)).status).toBe(200);
    await database.prisma.user.update({ where: { id: users.costaRica.id }, data: { disabledAt: new Date() } });
    expect((await personalFeed(`${fresh}.ics`)).status).toBe(404);
    await database.prisma.user.update({ where: { id: users.costaRica.id }, data: { disabledAt: null } });
  });

  it.each(["unknown", `${"x".repeat(43)}.ics`, "..%2F..%2Fetc.ics", `${"x".repeat(43)}`])(
    "answers 404 for %s", async (segment) => {
      const response = await personalFeed(segment);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("No calendar has this address.\n");
    });

  it("is refused to a caller without a session", async () => {
    signInAs(null);
    expect((await rotateCalendarTokenAction({}, new FormData())).message).toMatch(/session has ended/);
  });
});
