// @security
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { es } from "@/lib/messages/es";
import { postedFrom, signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";


const { logProgressUpdateAction } = await import("@/app/(site)/admin/commitments/[key]/actions");
const { bulkSetStatusAction } = await import("@/app/(site)/admin/commitments/actions");

const database = useTestDatabase();
const KEY = "cr-safe-mobility-offices-extension";
type Users = Record<"admin" | "viewer" | "editor" | "scopedIn" | "scopedOut" | "pillarIn" | "pillarOut",
  { id: string; sessionVersion: number }>;
const users = {} as Users;

beforeAll(async () => {
  users.admin = await makeUser(database.prisma, "ADMIN");
  users.viewer = await makeUser(database.prisma, "VIEWER");
  users.editor = await makeUser(database.prisma, "EDITOR", { all: true });
  users.scopedIn = await makeUser(database.prisma, "EDITOR", { countries: ["CR"] });
  users.scopedOut = await makeUser(database.prisma, "EDITOR", { countries: ["UY"] });
  const { pillarId } = await commitment();
  const otherPillar = await database.prisma.pillar.findFirstOrThrow({ where: { id: { not: pillarId! } } });
  users.pillarIn = await makeUser(database.prisma, "EDITOR", { pillars: [pillarId!] });
  users.pillarOut = await makeUser(database.prisma, "EDITOR", { pillars: [otherPillar.id] });
});

async function commitment() {
  return database.prisma.commitment.findUniqueOrThrow({ where: { key: KEY }, include: { deadlines: true } });
}

async function updateForm(fields: Record<string, string> = {}) {
  const current = await commitment();
  const form = new FormData();
  const values: Record<string, string> = {
    commitmentId: current.id,
    expectedVersion: String(current.version),
    status: current.status,
    statusReason: "",
    note: "Met the ministry; offices open as announced.",
    evidenceUrls: "",
    visibility: "PUBLIC",
    ...fields,
  };
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

describe("logging a progress update", () => {
  it.each([
    ["anonymous", null, /session has ended/],
    ["viewer", "viewer", /role does not allow/],
    ["an editor outside the scope", "scopedOut", /outside your scope/],
    ["an editor scoped to another pillar", "pillarOut", /outside your scope/],
  ] as const)("is refused for %s, and the typed note comes back", async (_who, user, message) => {
    signInAs(user ? users[user] : null);
    const before = await commitment();
    const result = await logProgressUpdateAction({}, await updateForm({ note: "Typed by hand" }));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
    expect(result.values?.note).toBe("Typed by hand");
    expect((await commitment()).version).toBe(before.version);
  });

  it.each([["an admin", "admin"], ["an unscoped editor", "editor"], ["an editor in scope", "scopedIn"],
    ["an editor scoped to the commitment's pillar", "pillarIn"]] as const)(
    "is saved for %s, with its author in the history", async (_who, user) => {
      signInAs(users[user]);
      const before = await commitment();
      const result = await logProgressUpdateAction({}, await updateForm());
      expect(result).toMatchObject({ ok: true });
      const after = await commitment();
      expect(after.version).toBe(before.version + 1);
      const entry = await database.prisma.progressUpdate.findFirstOrThrow({
        where: { commitmentId: after.id, version: after.version },
      });
      expect(entry.authorId).toBe(users[user].id);
    });

  it("refuses a session whose user was disabled since", async () => {
    const user = await makeUser(database.prisma, "EDITOR");
    signInAs(user);
    await database.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } });
    const result = await logProgressUpdateAction({}, await updateForm());
    expect(result.message).toMatch(/session has ended/);
  });

  it("ends the other sessions of a user whose password was reset", async () => {
    const { resetUserPassword } = await import("@/lib/data/users");
    const user = await makeUser(database.prisma, "EDITOR", { all: true });
    signInAs(user);
    expect(await logProgressUpdateAction({}, await updateForm())).toMatchObject({ ok: true });
    await resetUserPassword("command-line", user.id, "a brand new passphrase");
    expect((await logProgressUpdateAction({}, await updateForm())).message).toMatch(/session has ended/);
  });

  it("extends a deadline and records old and new date with their precision", async () => {
    signInAs(users.scopedIn);
    const deadline = (await commitment()).deadlines[0]!;
    const form = await updateForm({ note: "Extension agreed", [`deadline.${deadline.id}.value`]: "2026-06",
      [`deadline.${deadline.id}.precision`]: "MONTH" });
    expect(await logProgressUpdateAction({}, form)).toMatchObject({ ok: true });
    const change = await database.prisma.deadlineChange.findFirstOrThrow({ where: { deadlineId: deadline.id } });
    expect(change.oldDate?.toISOString().slice(0, 10)).toBe("2025-12-01");
    expect(change.newDate.toISOString().slice(0, 10)).toBe("2026-06-01");
    const stored = await database.prisma.deadline.findUniqueOrThrow({ where: { id: deadline.id } });
    expect(stored.dueOn.toISOString().slice(0, 10)).toBe("2026-06-30");
  });

  it("answers each bad field with its own message and keeps everything typed", async () => {
    signInAs(users.admin);
    const deadline = (await commitment()).deadlines[0]!;
    const result = await logProgressUpdateAction({}, await updateForm({
      status: "COMPLETED",
      note: "<script>alert(1)</script> kept",
      evidenceUrls: "javascript:alert(1)",
      [`deadline.${deadline.id}.value`]: "June 2026",
      [`deadline.${deadline.id}.precision`]: "MONTH",
    }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.["evidenceUrls.0"]?.[0]).toMatch(/http:\/\/ or https:\/\//);
    expect(result.fieldErrors?.["deadlines.0.value"]?.[0]).toBe("Write the date as YYYY-MM, e.g. 2026-06.");
    expect(result.values?.note).toBe("<script>alert(1)</script> kept");
  });

  it("asks for a reason and evidence when the status becomes completed", async () => {
    signInAs(users.admin);
    const result = await logProgressUpdateAction({}, await updateForm({ status: "COMPLETED", note: "" }));
    expect(result.fieldErrors?.statusReason?.[0]).toMatch(/Say why/);
    expect(result.fieldErrors?.evidenceUrls?.[0]).toMatch(/No evidence link available/);
    const ok = await logProgressUpdateAction({}, await updateForm({ status: "COMPLETED", statusReason: "Offices closed as planned",
      noEvidence: "on" }));
    expect(ok).toMatchObject({ ok: true });
    expect((await commitment()).status).toBe("COMPLETED");
  });

  it("refuses a value logged toward a context figure, which is a fact of the source and no target", async () => {
    signInAs(users.admin);
    const humanitarian = await database.prisma.commitment.findUniqueOrThrow({ where: { key: "us-686m-humanitarian-needs" },
      include: { targets: true } });
    const context = humanitarian.targets.find((target) => target.kind === "CONTEXT")!;
    const form = await updateForm({ commitmentId: humanitarian.id, expectedVersion: String(humanitarian.version),
      status: humanitarian.status, targetId: context.id, valueReached: "100" });
    const result = await logProgressUpdateAction({}, form);
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.valueReached?.[0]).toMatch(/takes no progress/);
    expect((await database.prisma.target.findUniqueOrThrow({ where: { id: context.id } })).currentValue).toBeNull();
  });

  it("stores the status reason with the entry, where the history reads it back", async () => {
    signInAs(users.admin);
    const result = await logProgressUpdateAction({}, await updateForm({ status: "AT_RISK",
      statusReason: "  Funding delayed to the next fiscal year  " }));
    expect(result).toMatchObject({ ok: true });
    const after = await commitment();
    const entry = await database.prisma.progressUpdate.findFirstOrThrow({
      where: { commitmentId: after.id, version: after.version },
    });
    expect(entry).toMatchObject({ newStatus: "AT_RISK", statusReason: "Funding delayed to the next fiscal year" });
  });

  it("lets exactly one of two updates on the same version win, and keeps the loser's text", async () => {
    signInAs(users.admin);
    const [first, second] = await Promise.all([
      updateForm({ note: "First colleague" }),
      updateForm({ note: "Second colleague" }),
    ]);
    const before = await commitment();
    const results = await Promise.all([logProgressUpdateAction({}, first), logProgressUpdateAction({}, second)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const loser = results.find((result) => !result.ok)!;
    expect(loser.message).toMatch(/a colleague updated this commitment/);
    expect(["First colleague", "Second colleague"]).toContain(loser.values?.note);
    expect(loser.message).toContain(loser.values?.note === "First colleague" ? "Second colleague" : "First colleague");
    const after = await commitment();
    expect(after.version).toBe(before.version + 1);
    expect(await database.prisma.progressUpdate.count({ where: { commitmentId: after.id, version: { gt: before.version } } }))
      .toBe(1);
  });
});

describe("corrections", () => {
  it("adds a new entry pointing at the one it corrects, which stays exactly as it was", async () => {
    signInAs(users.admin);
    const current = await commitment();
    const original = await database.prisma.progressUpdate.findFirstOrThrow({ where: { commitmentId: current.id },
      orderBy: { createdAt: "desc" } });
    const needsNote = await logProgressUpdateAction({}, await updateForm({ note: "", correctsId: original.id }));
    expect(needsNote.fieldErrors?.note?.[0]).toMatch(/what the correction is/);
    const saved = await logProgressUpdateAction({}, await updateForm({ note: "The earlier date was a typo.", correctsId: original.id }));
    expect(saved).toMatchObject({ ok: true });
    const correction = await database.prisma.progressUpdate.findFirstOrThrow({ where: { correctsId: original.id } });
    expect(correction.note).toBe("The earlier date was a typo.");
    expect(await database.prisma.progressUpdate.findUniqueOrThrow({ where: { id: original.id } })).toEqual(original);
    // The database refuses it whatever the code says (the trigger raises restrict_violation).
    await expect(database.prisma.progressUpdate.update({ where: { id: original.id }, data: { note: "rewritten" } }))
      .rejects.toThrow();
    expect((await database.prisma.progressUpdate.findUniqueOrThrow({ where: { id: original.id } })).note).toBe(original.note);
  });
});

describe("bulk status change", () => {
  it("changes none when one selected commitment is outside the scope, and says why", async () => {
    signInAs(users.scopedIn);
    const rows = await database.prisma.commitment.findMany({
      where: { key: { in: ["cr-safe-mobility-eligibility-expansion", "uy-regularization-decrees"] } },
    });
    const form = new FormData();
    for (const row of rows) form.append("selected", `${row.id}:${row.version}`);
    form.set("status", "AT_RISK");
    form.set("statusReason", "Budget review");
    const result = await bulkSetStatusAction({}, form);
    expect(result.ok).toBe(false);
    expect(result.message).toBe("Nothing was changed: 1 of 2 are outside your scope. Untick those, or reload the list, " +
      "and try again.");
    const after = await database.prisma.commitment.findMany({ where: { id: { in: rows.map((row) => row.id) } },
      select: { key: true, status: true } });
    expect(after.map((row) => row.status)).not.toContain("AT_RISK");
  });
});

describe("an update posted from a Spanish page", () => {
  afterEach(() => {
    postedFrom.locale = "en";
  });

  it("is answered in Spanish: its refusals, each field's message and its success", async () => {
    postedFrom.locale = "es";
    signInAs(null);
    expect((await logProgressUpdateAction({}, await updateForm())).message).toBe(es.form.sessionEnded);
    signInAs(users.viewer);
    expect((await logProgressUpdateAction({}, await updateForm())).message).toBe(es.form.roleRefused);
    signInAs(users.scopedOut);
    expect((await logProgressUpdateAction({}, await updateForm())).message).toBe(es.commitment.outsideScope);

    signInAs(users.admin);
    const deadline = (await commitment()).deadlines[0]!;
    const refused = await logProgressUpdateAction({}, await updateForm({
      evidenceUrls: "javascript:alert(1)",
      [`deadline.${deadline.id}.value`]: "junio de 2026",
      [`deadline.${deadline.id}.precision`]: "MONTH",
    }));
    expect(refused.message).toBe(es.form.needsAttention);
    expect(refused.fieldErrors?.["evidenceUrls.0"]).toEqual(
      [es.fieldMessages["Each evidence link must be a full web address starting with http:// or https://."]]);
    expect(Object.values(refused.fieldErrors ?? {}).flat()).toContain("Escriba la fecha como AAAA-MM, p. ej. 2026-06.");

    const saved = await logProgressUpdateAction({}, await updateForm({ note: "Las oficinas abrieron.", noteLang: "es" }));
    expect(saved).toEqual({ ok: true, message: es.progress.saved });
  });
});
