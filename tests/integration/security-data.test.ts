// @security
import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/db/databases";
import { decodeCsvCell } from "@/lib/domain/csv-encode";
import { todayIn } from "@/lib/domain/calendar-date";
import { signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const { logProgressUpdateAction } = await import("@/app/(site)/admin/commitments/[key]/actions");
const { rotateCalendarTokenAction } = await import("@/app/(site)/admin/calendar/actions");
const { updateUserAction, resetPasswordAction, addUserAction } = await import("@/app/(site)/admin/users/actions");
const personalRoute = await import("@/app/calendar/u/[token]/route");
const { commitmentCsv, updatesCsv } = await import("@/lib/data/csv-export");
const { listPublicUpdates } = await import("@/lib/data/public-commitments");
const { parseCommitmentFilters } = await import("@/lib/validation/commitment-filters");
const { listFilterChoices } = await import("@/lib/data/reference-lists");

const database = useTestDatabase();
const ORIGIN = "http://pledgeboard.test";
const CR = "cr-safe-mobility-offices-extension";
type User = { id: string; sessionVersion: number };
let admin: User;

beforeAll(async () => {
  admin = await makeUser(database.prisma, "ADMIN");
});

async function commitment(key = CR) {
  return database.prisma.commitment.findUniqueOrThrow({ where: { key }, include: { deadlines: true } });
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

async function progressForm(fields: Record<string, string> = {}, key = CR) {
  const current = await commitment(key);
  return form({ commitmentId: current.id, expectedVersion: String(current.version), status: current.status,
    statusReason: "", note: "A note", visibility: "PUBLIC", evidenceUrls: "", noEvidence: "", ...fields });
}

describe("a personal calendar secret is revoked with the access it was given under (issue 13, item 4)", () => {
  const personalFeed = (token: string) => personalRoute.GET(
    new NextRequest(`${ORIGIN}/calendar/u/${token}.ics`, { headers: { host: "pledgeboard.test" } }),
    { params: Promise.resolve({ token: `${token}.ics` }) });

  async function tokenOf(user: User): Promise<string> {
    signInAs(user);
    expect(await rotateCalendarTokenAction({}, new FormData())).toMatchObject({ ok: true });
    const { calendarToken } = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect((await personalFeed(calendarToken ?? "")).status).toBe(200);
    return calendarToken ?? "";
  }

  it("a password reset by an admin makes the old calendar URL a 404", async () => {
    const editor = await makeUser(database.prisma, "EDITOR", { countries: ["CR"] });
    const token = await tokenOf(editor);
    signInAs(admin);
    expect(await resetPasswordAction({}, form({ userId: editor.id, password: "a brand new passphrase" })))
      .toMatchObject({ ok: true });
    expect((await personalFeed(token)).status).toBe(404);
  });

  it("a role change makes the old calendar URL a 404; saving the same role and a scope keeps it", async () => {
    const editor = await makeUser(database.prisma, "EDITOR", { countries: ["CR"] });
    const token = await tokenOf(editor);
    signInAs(admin);
    expect(await updateUserAction({}, form({ userId: editor.id, role: "EDITOR", countryCodes: ["CR", "UY"] })))
      .toMatchObject({ ok: true });
    expect((await personalFeed(token)).status).toBe(200);
    expect(await updateUserAction({}, form({ userId: editor.id, role: "VIEWER" }))).toMatchObject({ ok: true });
    expect((await personalFeed(token)).status).toBe(404);
  });
});

describe("least privilege for editors (issue 13, item 11)", () => {
  it("a new editor with no scope writes nothing until an admin gives a scope or an explicit all", async () => {
    signInAs(admin);
    const added = await addUserAction({}, form({ email: "new.editor@example.org", displayName: "New Editor",
      role: "EDITOR", password: "new editor passphrase" }));
    expect(added.message).toMatch(/write nothing until you give them a scope/);
    const editor = await database.prisma.user.findUniqueOrThrow({ where: { email: "new.editor@example.org" } });

    signInAs(editor);
    const refused = await logProgressUpdateAction({}, await progressForm({ note: "Unscoped attempt" }));
    expect(refused).toMatchObject({ ok: false });
    expect(await database.prisma.progressUpdate.count({ where: { note: "Unscoped attempt" } })).toBe(0);

    signInAs(admin);
    expect(await updateUserAction({}, form({ userId: editor.id, role: "EDITOR", scopeAll: "true" })))
      .toMatchObject({ ok: true });
    signInAs(editor);
    expect(await logProgressUpdateAction({}, await progressForm({ note: "Scoped to all" }))).toMatchObject({ ok: true });
    expect(await database.prisma.progressUpdate.count({ where: { note: "Scoped to all" } })).toBe(1);
  });
});

describe("the migration to least privilege (issue 13, item 11)", () => {
  it("gives editors who had no scope an explicit all, and nobody else", async () => {
    const migrations = path.resolve(import.meta.dirname, "../../prisma/migrations");
    const folders = (await readdir(migrations, { withFileTypes: true })).filter((entry) => entry.isDirectory())
      .map((entry) => entry.name).sort();
    const mine = folders.indexOf("20261202020000_security_round_two");
    expect(mine).toBeGreaterThan(0);
    const serverUrl = inject("testServerUrl");
    const name = `pb_scope_${randomBytes(6).toString("hex")}`;
    await createDatabase(serverUrl, name);
    const client = new pg.Client({ connectionString: withDatabase(serverUrl, name) });
    await client.connect();
    try {
      const apply = async (folder: string) => client.query(await readFile(path.join(migrations, folder, "migration.sql"), "utf8"));
      for (const folder of folders.slice(0, mine)) await apply(folder);
      await client.query(`INSERT INTO country (code, alpha3, name) VALUES ('CR', 'CRI', 'Costa Rica')`);
      for (const [id, role] of [["unscoped", "EDITOR"], ["scoped", "EDITOR"], ["viewer", "VIEWER"], ["admin", "ADMIN"]]) {
        await client.query(`INSERT INTO app_user (id, email, display_name, password_hash, role, updated_at)
          VALUES ($1, $1 || '@example.org', $1, 'x', $2, now())`, [id, role]);
      }
      await client.query(`INSERT INTO user_scope (id, user_id, country_code) VALUES ('s1', 'scoped', 'CR')`);
      await apply(folders[mine]!);
      const rows = (await client.query<{ id: string; scope_all: boolean }>("SELECT id, scope_all FROM app_user ORDER BY id")).rows;
      expect(Object.fromEntries(rows.map((row) => [row.id, row.scope_all])))
        .toEqual({ admin: false, scoped: false, unscoped: true, viewer: false });
    } finally {
      await client.end();
      await dropDatabase(serverUrl, name);
    }
  });
});

describe("a status change is always a public fact (issue 13, item 10)", () => {
  it("an internal entry that changes the status shows publicly with its date and statuses, never its words", async () => {
    const key = "uy-regularization-decrees";
    const editor = await makeUser(database.prisma, "EDITOR", { all: true });
    signInAs(editor);
    const before = await commitment(key);
    const target = before.status === "AT_RISK" ? "IN_PROGRESS" : "AT_RISK";
    expect(await logProgressUpdateAction({}, await progressForm({ visibility: "INTERNAL", status: target,
      statusReason: "Internal reason: minister unwell", note: "Internal note: do not publish" }, key)))
      .toMatchObject({ ok: true });
    const entry = await database.prisma.progressUpdate.findFirstOrThrow({ where: { note: "Internal note: do not publish" } });

    const { rows } = await listPublicUpdates({ commitmentKey: key }, 1, 50);
    const shown = rows.find((row) => row.id === entry.id);
    expect(shown).toMatchObject({ newStatus: target, oldStatus: before.status, note: null, statusReason: null,
      author: null, statusOnly: true });
    expect(shown?.createdAt).toEqual(entry.createdAt);

    const publicCsv = await collect(updatesCsv(parseCommitmentFilters({}, await listFilterChoices()).filters, todayIn("UTC"), "public"));
    const csvRow = (parse(publicCsv, { bom: true, columns: true }) as Record<string, string>[])
      .find((row) => row.update_id === entry.id);
    expect(csvRow).toMatchObject({ new_status: target.toLowerCase(), note: "", status_reason: "" });
    expect(publicCsv).not.toContain("do not publish");
    expect(publicCsv).not.toContain("minister unwell");

    // An internal entry that changes nothing public stays internal.
    expect(await logProgressUpdateAction({}, await progressForm({ visibility: "INTERNAL", note: "Quiet internal note" },
      key))).toMatchObject({ ok: true });
    const quiet = await database.prisma.progressUpdate.findFirstOrThrow({ where: { note: "Quiet internal note" } });
    expect((await listPublicUpdates({ commitmentKey: key }, 1, 50)).rows.some((row) => row.id === quiet.id)).toBe(false);
  });
});

async function collect(lines: AsyncGenerator<string>): Promise<string> {
  let text = "";
  for await (const chunk of lines) text += chunk;
  return text;
}

describe("CSV cells split by ; or tab never start a formula (issue 13, item 7)", () => {
  const SEMI = "x;=1+1";
  const TAB = "y\t@SUM(A1)";
  const PAYLOAD = `${SEMI} ${TAB}`;

  it("every text column of the four files is quoted and guarded after each ; and tab", async () => {
    const key = "ec-regularization-extension";
    const current = await commitment(key);
    await database.prisma.commitment.update({ where: { id: current.id }, data: { title: `T ${PAYLOAD}`,
      description: `D ${PAYLOAD}`, sourceText: `S ${PAYLOAD}`, sourceSection: `SS ${PAYLOAD}`,
      collectiveActor: `C ${PAYLOAD}` } });
    const deadline = current.deadlines.find((item) => item.kind !== "REFERENCE") ?? current.deadlines[0]!;
    await database.prisma.deadline.update({ where: { id: deadline.id }, data: { label: `L ${PAYLOAD}` } });
    const target = await database.prisma.target.findFirstOrThrow({});
    await database.prisma.target.update({ where: { id: target.id }, data: { unit: `U ${PAYLOAD}` } });
    const author = await makeUser(database.prisma, "EDITOR", { all: true });
    await database.prisma.user.update({ where: { id: author.id }, data: { displayName: `A ${PAYLOAD}` } });
    signInAs(author);
    const fresh = await commitment(key);
    const next = fresh.status === "AT_RISK" ? "IN_PROGRESS" : "AT_RISK";
    expect(await logProgressUpdateAction({}, await progressForm({ status: next, statusReason: `R ${PAYLOAD}`,
      note: `N ${PAYLOAD}` }, key))).toMatchObject({ ok: true });

    const filters = parseCommitmentFilters({}, await listFilterChoices()).filters;
    const today = todayIn("UTC");
    const files = {
      "commitments.csv": await collect(commitmentCsv(filters, today, "public", ORIGIN)),
      "commitments-staff.csv": await collect(commitmentCsv(filters, today, "staff", ORIGIN)),
      "updates.csv": await collect(updatesCsv(filters, today, "public")),
      "updates-staff.csv": await collect(updatesCsv(filters, today, "staff")),
    };
    const expected: Record<keyof typeof files, Record<string, string>> = {
      "commitments.csv": { title: "T", description: "D", source_text: "S", source_section: "SS", collective_actor: "C",
        deadline_label: "L" },
      "commitments-staff.csv": { title: "T", description: "D", source_text: "S", source_section: "SS",
        collective_actor: "C", deadline_label: "L" },
      "updates.csv": { author: "A", status_reason: "R", note: "N" },
      "updates-staff.csv": { author: "A", status_reason: "R", note: "N" },
    };
    for (const [name, text] of Object.entries(files) as [keyof typeof files, string][]) {
      // A spreadsheet whose list separator is ; (or that splits on tabs) starts a new cell after each one, whatever
      // the quotes around: no such piece may start as a formula.
      for (const separator of [";", "\t"]) {
        for (const piece of text.split(separator).slice(1)) {
          expect(piece, `${name}: a cell after "${separator === "\t" ? "\\t" : separator}"`).not.toMatch(/^[=+\-@\r]/);
        }
      }
      // Read as the comma-separated file it is, each text cell comes back whole, exactly as typed.
      const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
      for (const [column, prefix] of Object.entries(expected[name])) {
        const cells = rows.map((row) => decodeCsvCell(row[column] ?? ""));
        expect(cells, `${name} ${column}`).toContain(`${prefix} ${PAYLOAD}`);
      }
      if (name.startsWith("commitments")) {
        const units = rows.map((row) => decodeCsvCell(row.target_unit ?? ""));
        expect(units, `${name} target_unit`).toContain(`U ${PAYLOAD}`);
      }
    }
  });
});

describe("bidirectional controls in titles and names (issue 13, item 8)", () => {
  it("a title or display name with U+202E is refused with the reason, the typed text kept", async () => {
    signInAs(admin);
    const name = "Evil \u202Egnp.exe";
    const added = await addUserAction({}, form({ email: "bidi@example.org", displayName: name, role: "VIEWER",
      password: "bidi viewer passphrase" }));
    expect(added).toMatchObject({ ok: false, values: { displayName: name } });
    expect(added.fieldErrors?.displayName?.[0]).toMatch(/direction marks/);
    expect(await database.prisma.user.count({ where: { email: "bidi@example.org" } })).toBe(0);
  });
});
