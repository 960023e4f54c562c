import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { withDatabase } from "@/lib/db/databases";
import { formValues } from "@/lib/validation/form-data";
import { postedFrom, signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const { logProgressUpdateAction } = await import("@/app/(site)/admin/commitments/[key]/actions");
const { protectedAction } = await import("@/lib/auth/protected-action");

const database = useTestDatabase();
const KEY = "cr-safe-mobility-offices-extension";
const UNREACHABLE = /database could not be reached/;
let admin: { id: string; sessionVersion: number };

beforeAll(async () => {
  admin = await makeUser(database.prisma, "ADMIN");
});

async function commitment() {
  return database.prisma.commitment.findUniqueOrThrow({ where: { key: KEY }, include: { deadlines: true } });
}

/** The progress form of the commitment as a browser sends it, with some fields changed. */
async function updateForm(fields: Record<string, string> = {}) {
  const current = await commitment();
  const form = new FormData();
  for (const [name, value] of Object.entries({ commitmentId: current.id, expectedVersion: String(current.version),
    status: current.status, statusReason: "", note: "A note.", evidenceUrls: "", visibility: "PUBLIC", ...fields })) {
    form.set(name, value);
  }
  return form;
}

async function firstDeadline() {
  const deadline = (await commitment()).deadlines.find((item) => item.kind !== "REFERENCE");
  if (!deadline) throw new Error(`${KEY} has no deadline to meet`);
  return deadline;
}

describe("answers that say what happened", () => {
  it("a NUL character in a note is named, with the text kept, and nothing is saved", async () => {
    signInAs(admin);
    const before = await commitment();
    const result = await logProgressUpdateAction({}, await updateForm({ note: "Before\u0000after" }));
    expect(result.ok).toBe(false);
    expect(result.message).not.toMatch(UNREACHABLE);
    expect(result.fieldErrors?.note?.[0]).toMatch(/NUL character/);
    expect(result.values?.note).toBe("Before\u0000after");
    expect((await commitment()).version).toBe(before.version);
  });

  it.each([["FY0000", "FISCAL_YEAR"], ["0000-06", "MONTH"]])("%s is refused by name, not as an unreachable database",
    async (value, precision) => {
      signInAs(admin);
      const deadline = await firstDeadline();
      const result = await logProgressUpdateAction({}, await updateForm({ [`deadline.${deadline.id}.value`]: value,
        [`deadline.${deadline.id}.precision`]: precision }));
      expect(result.message).not.toMatch(UNREACHABLE);
      expect(result.fieldErrors?.["deadlines.0.value"]?.[0])
        .toBe(`${value} is outside the years the tracker can store (0001 to 9999).`);
    });

  it("a deadline typed as 0050-06-30 is stored in the year 50, not 1950", async () => {
    signInAs(admin);
    const deadline = await firstDeadline();
    const result = await logProgressUpdateAction({}, await updateForm({ [`deadline.${deadline.id}.value`]: "0050-06-30",
      [`deadline.${deadline.id}.precision`]: "DAY", confirmEarlyDeadlines: "on" }));
    expect(result).toMatchObject({ ok: true });
    const stored = await database.prisma.deadline.findUniqueOrThrow({ where: { id: deadline.id } });
    expect(stored.date.getUTCFullYear()).toBe(50);
    expect(stored.dueOn.getUTCFullYear()).toBe(50);
  });

  it("a deadline before the commitment was announced asks for confirmation, then saves once confirmed", async () => {
    signInAs(admin);
    const deadline = await firstDeadline();
    const before = await commitment();
    const fields = { [`deadline.${deadline.id}.value`]: "2020-01-15", [`deadline.${deadline.id}.precision`]: "DAY" };
    const refused = await logProgressUpdateAction({}, await updateForm(fields));
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.[`deadline.${deadline.id}.value`]?.[0]).toMatch(
      /^January 15, 2020 ends before the commitment was announced on September 25, 2024, so it would show as passed/);
    expect(refused.fieldErrors?.confirmEarlyDeadlines).toBeDefined();
    expect(refused.values?.[`deadline.${deadline.id}.value`]).toBe("2020-01-15");
    expect((await commitment()).version).toBe(before.version);

    const confirmed = await logProgressUpdateAction({}, await updateForm({ ...fields, confirmEarlyDeadlines: "on" }));
    expect(confirmed).toMatchObject({ ok: true });
    const stored = await database.prisma.deadline.findUniqueOrThrow({ where: { id: deadline.id } });
    expect(stored.date.toISOString().slice(0, 10)).toBe("2020-01-15");
  });

  it("asks about a deadline before the announcement in the language of the page the form was posted from", async () => {
    signInAs(admin);
    const deadline = await firstDeadline();
    postedFrom.locale = "es";
    try {
      const refused = await logProgressUpdateAction({}, await updateForm({ [`deadline.${deadline.id}.value`]: "2020-01",
        [`deadline.${deadline.id}.precision`]: "MONTH" }));
      expect(refused.fieldErrors?.[`deadline.${deadline.id}.value`]).toEqual(["enero de 2020 termina antes de que se " +
        "anunciara el compromiso, el 25 de septiembre de 2024, así que aparecería vencido de inmediato. Revise el año; " +
        "si la fecha es correcta, marque «Conservar las fechas anteriores al anuncio: son correctas» y vuelva a guardar."]);
      expect(refused.fieldErrors?.confirmEarlyDeadlines).toEqual([
        "Un plazo termina antes de que se anunciara el compromiso, el 25 de septiembre de 2024."]);
    } finally {
      postedFrom.locale = "en";
    }
  });

  it("an unexpected failure with the database up says something went wrong and nothing was saved", async () => {
    signInAs(admin);
    const current = await commitment();
    const target = await database.prisma.target.findFirst({ where: { commitmentId: current.id } })
      ?? await database.prisma.target.create({ data: { commitmentId: current.id, key: "robust-test", label: "Offices",
        unit: "offices", kind: "GOAL", qualifier: "STATED", value: 10 } });
    // 22 digits pass the form's pattern but overflow the numeric(20, 2) column.
    const result = await logProgressUpdateAction({}, await updateForm({ targetId: target.id,
      valueReached: "1234567890123456789012" }));
    expect(result.ok).toBe(false);
    expect(result.message).toBe("Something went wrong; nothing was saved. What you typed is kept.");
    expect(result.values?.valueReached).toBe("1234567890123456789012");
    expect((await commitment()).version).toBe(current.version);
  });
});

describe("a lost database told apart from a bug", () => {
  it("a bug in the code (a TypeError) with the database up says something went wrong, not that the database is down",
    async () => {
      signInAs(admin);
      const broken = protectedAction({
        roles: ["ADMIN"], schema: z.object({ note: z.string() }), input: formValues,
        run: async () => {
          const rows = undefined as unknown as { kind: "saved" }[];
          return rows[0]!;
        },
        answer: () => "Saved.",
      });
      const form = new FormData();
      form.set("note", "Kept through a bug.");
      const result = await broken({}, form);
      expect(result.message).toBe("Something went wrong; nothing was saved. What you typed is kept.");
      expect(result.values?.note).toBe("Kept through a bug.");
    });

  it("a database lost when the form is sent says it could not be reached, keeps the text and saves nothing", async () => {
    signInAs(admin);
    const before = await commitment();
    const form = await updateForm({ note: "Typed while the database went away." });
    const name = new URL(database.url).pathname.slice(1);
    const server = new pg.Client({ connectionString: withDatabase(inject("testServerUrl"), "postgres") });
    await server.connect();
    let result;
    try {
      // As a stopped server does: every open connection ends, and no new one is let in.
      await server.query(`ALTER DATABASE ${server.escapeIdentifier(name)} ALLOW_CONNECTIONS false`);
      await server.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
      result = await logProgressUpdateAction({}, form);
    } finally {
      await server.query(`ALTER DATABASE ${server.escapeIdentifier(name)} ALLOW_CONNECTIONS true`);
      await server.end();
    }
    expect(result.ok).toBe(false);
    expect(result.message).toBe("The save failed: the database could not be reached. What you typed is kept; try again.");
    expect(result.values?.note).toBe("Typed while the database went away.");
    expect((await commitment()).version).toBe(before.version);
  });
});
