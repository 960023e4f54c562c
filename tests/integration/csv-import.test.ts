import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { fromDbDate, todayIn } from "@/lib/domain/calendar-date";
import { commitmentFactCells, orderCountries } from "@/lib/domain/commitment-csv-facts";
import { decodeCsvCell, encodeCsvRow, UTF8_BOM } from "@/lib/domain/csv-encode";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/domain/import-limit";
import { periodEnd } from "@/lib/domain/date-precision";
import { nextDeadline } from "@/lib/domain/next-deadline";
import type { ImportState } from "@/app/(site)/admin/import/actions";
import { postedFrom, signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const { importCommitmentsAction } = await import("@/app/(site)/admin/import/actions");
const { commitmentCsv, updatesCsv } = await import("@/lib/data/csv-export");
const { NO_FILTERS, parseCommitmentFilters } = await import("@/lib/validation/commitment-filters");
const { listFilterChoices } = await import("@/lib/data/reference-lists");

const database = useTestDatabase();
const today = todayIn("America/New_York");
const ORIGIN = "http://pledgeboard.test";
const TRICKY = '=HYPERLINK("http://evil.example","click"), then commas, "quotes",\na line break and Bogotá, Perú';
const [A, B, C] = ["cr-safe-mobility-offices-extension", "uy-regularization-decrees", "ec-regularization-extension"];
type Row = Record<string, string>;
let admin: { id: string; sessionVersion: number; email: string };

async function collect(lines: AsyncGenerator<string>): Promise<string> {
  let text = "";
  for await (const chunk of lines) text += chunk;
  return text;
}
const exportCommitments = async (audience: "public" | "staff" = "staff", query: Record<string, string> = {}) =>
  collect(commitmentCsv(parseCommitmentFilters(query, await listFilterChoices()).filters, today, audience, ORIGIN));
const exportUpdates = (audience: "public" | "staff") => collect(updatesCsv(NO_FILTERS, today, audience));
const rowsOf = (text: string) => parse(text, { bom: true, columns: true }) as Row[];

/** The file written back as a spreadsheet saves it: the header, then every row, RFC 4180. */
function toCsv(rows: Row[]): string {
  const columns = Object.keys(rows[0]!);
  return UTF8_BOM + encodeCsvRow(columns) + rows.map((row) => encodeCsvRow(columns.map((column) => row[column]))).join("");
}

function form(content: string | Uint8Array<ArrayBuffer>, intent: "preview" | "apply", digest?: string,
  name = "commitments-2026-11-28.csv") {
  const data = new FormData();
  data.set("file", new File([content], name, { type: "text/csv" }));
  data.set("intent", intent);
  if (digest) data.set("digest", digest);
  return data;
}
const preview = async (content: string | Uint8Array<ArrayBuffer>, name?: string) =>
  (await importCommitmentsAction({}, form(content, "preview", undefined, name))) as ImportState;

async function previewAndApply(content: string) {
  const previewed = await preview(content);
  expect(previewed.preview?.applicable, previewed.message).toBe(true);
  return (await importCommitmentsAction({}, form(content, "apply", previewed.preview!.digest))) as ImportState;
}

async function staffRows(edit: (rows: Row[]) => void = () => undefined): Promise<string> {
  const rows = rowsOf(await exportCommitments()).map((row) => Object.fromEntries(
    Object.entries(row).map(([column, cell]) => [column, decodeCsvCell(cell)])));
  edit(rows);
  return toCsv(rows);
}
const byKey = (rows: Row[], key: string) => rows.find((row) => row.key === key)!;
const commitment = (key: string) => database.prisma.commitment.findUniqueOrThrow({ where: { key },
  include: { deadlines: { orderBy: { key: "asc" } } } });

beforeAll(async () => {
  admin = await makeUser(database.prisma, "ADMIN");
  signInAs(admin);
});

describe("the export", () => {
  it("matches the database row for row when read by a real CSV parser", async () => {
    const text = await exportCommitments();
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.split("\r\n").length).toBeGreaterThan(10);
    const rows = rowsOf(text);
    const stored = await database.prisma.commitment.findMany({ orderBy: [{ declarationId: "asc" }, { position: "asc" }, { id: "asc" }],
      include: { countries: true, deadlines: true, declaration: true, pillar: true, parent: true } });
    expect(rows.map((row) => row.key)).toEqual(stored.map((row) => row.key));
    for (const [index, row] of stored.entries()) {
      const lead = row.countries.find((country) => country.role === "LEAD")?.countryCode ?? null;
      const deadline = nextDeadline(row.deadlines.map((item) => ({ ...item, date: fromDbDate(item.date) })), today);
      const expected = commitmentFactCells({ key: row.key, version: row.version, declaration: row.declaration.key,
        parentKey: row.parent?.key ?? null, pillar: row.pillar?.slug ?? null, title: row.title, description: row.description,
        sourceText: row.sourceText, sourceSection: row.sourceSection, type: row.type, status: row.status, leadCountry: lead,
        countries: orderCountries(row.countries.map((country) => country.countryCode), lead),
        collectiveActor: row.collectiveActor }, deadline);
      const decoded = Object.fromEntries(Object.entries(rows[index]!).map(([column, cell]) => [column, decodeCsvCell(cell)]));
      expect(decoded).toMatchObject(expected);
      expect(decoded.url).toBe(`${ORIGIN}/commitments/${row.key}`);
    }
    expect(byKey(rows, A)).toMatchObject({ lead_country: "CR", deadline_precision: "month", deadline_as_written: "December 2025",
      deadline_date: "2025-12-01", deadline_due_on: "2025-12-31" });
  });

  it("keeps every internal field and archived commitment out of the public files", async () => {
    const secret = "INTERNAL-ONLY: the minister's private number";
    const author = await makeUser(database.prisma, "EDITOR", { email: "hidden.author@example.org" });
    const target = await commitment(B);
    await database.prisma.progressUpdate.create({ data: { commitmentId: target.id, authorId: author.id, source: "STAFF",
      visibility: "INTERNAL", version: target.version, note: secret, evidenceUrls: [] } });
    await database.prisma.progressUpdate.create({ data: { commitmentId: target.id, authorId: author.id, source: "STAFF",
      visibility: "PUBLIC", version: target.version, note: "A public note by the same author.", evidenceUrls: [] } });
    const archived = await commitment("pa-us-funded-removal-program");
    await database.prisma.commitment.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    try {
      const [commitments, updates] = [await exportCommitments("public"), await exportUpdates("public")];
      for (const text of [commitments, updates]) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain("hidden.author@example.org");
        expect(text).not.toMatch(/\binternal\b/);
      }
      expect(Object.keys(rowsOf(commitments)[0]!)).not.toContain("archived_at");
      expect(rowsOf(commitments).map((row) => row.key)).not.toContain(archived.key);
      expect(Object.keys(rowsOf(updates)[0]!)).not.toContain("author_email");
      expect(Object.keys(rowsOf(updates)[0]!)).not.toContain("visibility");
      expect(rowsOf(updates).some((row) => row.note === "A public note by the same author.")).toBe(true);

      const staff = rowsOf(await exportUpdates("staff"));
      expect(staff.find((row) => row.note === secret))
        .toMatchObject({ visibility: "internal", author_email: "hidden.author@example.org" });
      expect(rowsOf(await exportCommitments("staff")).find((row) => row.key === archived.key)?.archived_at).toMatch(/^\d{4}-/);
    } finally {
      await database.prisma.commitment.update({ where: { id: archived.id }, data: { archivedAt: null } });
    }
  });

  it("writes updates.csv as the database holds each entry: deadline moves, values, authors, evidence", async () => {
    const author = await makeUser(database.prisma, "EDITOR", { email: "deadline.mover@example.org" });
    const target = await database.prisma.commitment.findUniqueOrThrow({ where: { key: C },
      include: { deadlines: true, targets: true } });
    const deadline = target.deadlines[0]!;
    const moved = await database.prisma.progressUpdate.create({ data: { commitmentId: target.id, authorId: author.id,
      source: "STAFF", visibility: "PUBLIC", version: target.version, note: "Moved, with a value", evidenceUrls:
      ["https://example.org/a", "https://example.org/b"], valueReached: "95000.50", targetId: target.targets[0]?.id,
      deadlineChanges: { create: { deadlineId: deadline.id, oldDate: deadline.date, oldPrecision: deadline.precision,
        newDate: new Date(Date.UTC(2026, 5, 1)), newPrecision: "MONTH" } } } });
    const rows = rowsOf(await exportUpdates("staff"));
    const stored = await database.prisma.progressUpdate.findMany({ orderBy: { id: "asc" },
      include: { commitment: true, author: true, deadlineChanges: true } });
    expect(rows.map((row) => row.update_id)).toEqual(stored.map((row) => row.id));
    for (const [index, entry] of stored.entries()) {
      expect(rows[index]).toMatchObject({ commitment_key: entry.commitment.key, created_at: entry.createdAt.toISOString(),
        visibility: entry.visibility.toLowerCase(), author_email: entry.author?.email ?? "",
        new_status: entry.newStatus?.toLowerCase() ?? "", evidence_urls: entry.evidenceUrls.join(";") });
      expect(rows[index]!.deadline_changes!.split(";").filter(Boolean)).toHaveLength(entry.deadlineChanges.length);
    }
    const line = rows.find((row) => row.update_id === moved.id)!;
    expect(line).toMatchObject({ value_reached: "95000.5", evidence_urls: "https://example.org/a;https://example.org/b",
      author: author.displayName, note: "Moved, with a value" });
    expect(line.deadline_changes).toMatch(new RegExp(`^${deadline.label}: .+ June 2026$`));
  });

  it("takes the public pages' filters", async () => {
    const rows = rowsOf(await exportCommitments("public", { country: "cr", status: "IN_PROGRESS" }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.countries!.split(";").includes("CR") && row.status === "in_progress")).toBe(true);
  });
});

describe("the import", () => {
  it("finds no changes in the export imported unchanged", async () => {
    const result = await preview(await staffRows());
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^No changes: \d+ rows match the database\.$/);
    expect(result.preview?.applicable).toBe(false);
  });

  it("applies exactly three edited cells, each with a history entry naming the import and the admin", async () => {
    const before = await Promise.all([A, B, C].map(commitment));
    const content = await staffRows((rows) => {
      byKey(rows, A).status = "at_risk";
      byKey(rows, A).status_reason = "The offices close early for lack of funds.";
      byKey(rows, B).title = "Uruguay's decrees, as reported by the ministry";
      byKey(rows, C).deadline_date = "2026-09-01";
    });
    const previewed = await preview(content);
    const writes = previewed.preview!.page.rows.filter((row) => row.kind === "change");
    expect(writes.flatMap((row) => (row.kind === "change" ? row.changes.map((change) => `${row.key}.${change.column}`) : []))
      .sort()).toEqual([`${A}.status`, `${B}.title`, `${C}.deadline_date`].sort());

    const applied = await importCommitmentsAction({}, form(content, "apply", previewed.preview!.digest));
    expect(applied).toMatchObject({ ok: true, message: expect.stringMatching(/0 added, 3 changed/) });
    const after = await Promise.all([A, B, C].map(commitment));
    after.forEach((row, index) => expect(row.version).toBe(before[index]!.version + 1));
    expect(after[0]!.status).toBe("AT_RISK");
    expect(after[1]!.title).toBe("Uruguay's decrees, as reported by the ministry");
    const moved = after[2]!.deadlines.find((deadline) => fromDbDate(deadline.date) === "2026-09-01")!;
    expect(fromDbDate(moved.dueOn)).toBe(periodEnd("2026-09-01", moved.precision));

    const entries = await database.prisma.progressUpdate.findMany({ where: { source: "IMPORT" }, include: { deadlineChanges: true },
      orderBy: { version: "asc" } });
    expect(entries).toHaveLength(3);
    for (const entry of entries) expect(entry.authorId).toBe(admin.id);
    // The public entries say what a person would: the status with the sheet's reason, the deadline move; no note.
    const statusEntry = entries.find((entry) => entry.commitmentId === after[0]!.id)!;
    expect(statusEntry).toMatchObject({ oldStatus: before[0]!.status, newStatus: "AT_RISK", visibility: "PUBLIC",
      statusReason: "The offices close early for lack of funds.", note: null });
    const deadlineEntry = entries.find((entry) => entry.commitmentId === after[2]!.id)!;
    expect(deadlineEntry).toMatchObject({ visibility: "PUBLIC", note: null, newStatus: null });
    expect(deadlineEntry.deadlineChanges).toHaveLength(1);
    expect(fromDbDate(deadlineEntry.deadlineChanges[0]!.newDate)).toBe("2026-09-01");
    // The wording edit is internal, as an admin's edit on the form is, and names the import.
    const wordingEntry = entries.find((entry) => entry.commitmentId === after[1]!.id)!;
    expect(wordingEntry).toMatchObject({ visibility: "INTERNAL", newStatus: null });
    expect(wordingEntry.note).toMatch(/^Changed by spreadsheet import of commitments-2026-11-28\.csv \(import [0-9a-f]{12}, /);

    expect((await preview(await staffRows())).message).toMatch(/^No changes/);
  });

  it("brings a cell with commas, quotes, a line break, a formula and Bogotá back exactly as typed", async () => {
    const content = await staffRows((rows) => (byKey(rows, B).description = TRICKY));
    expect(content).toContain(`"'=HYPERLINK(""http://evil.example"",""click""), then commas`);
    expect((await previewAndApply(content)).ok).toBe(true);
    expect((await commitment(B)).description).toBe(TRICKY);
    const raw = byKey(rowsOf(await exportCommitments()), B).description!;
    expect(raw.startsWith("=")).toBe(false);
    expect(decodeCsvCell(raw)).toBe(TRICKY);

    const target = await commitment(B);
    await database.prisma.progressUpdate.create({ data: { commitmentId: target.id, source: "STAFF", visibility: "PUBLIC",
      version: target.version, note: TRICKY, evidenceUrls: [] } });
    const note = rowsOf(await exportUpdates("public")).find((row) => row.note?.includes("HYPERLINK"))!.note!;
    expect(note.startsWith("'=")).toBe(true);
    expect(decodeCsvCell(note)).toBe(TRICKY);
  });

  it("shows a row older than the database as a conflict and applies only the rest", async () => {
    const content = await staffRows((rows) => {
      byKey(rows, A).title = "An edit made on a stale row";
      byKey(rows, B).source_section = "Section renamed by import";
    });
    const colleague = await commitment(A);
    await database.prisma.commitment.update({ where: { id: colleague.id }, data: { version: { increment: 1 } } });
    const previewed = await preview(content);
    expect(previewed.preview!.page.rows.find((row) => row.key === A)).toMatchObject({ kind: "conflict",
      fileVersion: colleague.version, version: colleague.version + 1 });
    const applied = await importCommitmentsAction({}, form(content, "apply", previewed.preview!.digest));
    expect(applied.message).toMatch(/1 changed.*1 rows in conflict were not applied/);
    expect((await commitment(A)).title).not.toBe("An edit made on a stale row");
    expect((await commitment(B)).sourceSection).toBe("Section renamed by import");
  });

  it("writes nothing when the database moved between preview and confirmation, and shows the new preview", async () => {
    const content = await staffRows((rows) => (byKey(rows, C).title = "Title set by a confirmed preview"));
    const previewed = await preview(content);
    const current = await commitment(C);
    await database.prisma.commitment.update({ where: { id: current.id }, data: { version: { increment: 1 } } });
    const applied = (await importCommitmentsAction({}, form(content, "apply", previewed.preview!.digest))) as ImportState;
    expect(applied.ok).toBe(false);
    expect(applied.message).toMatch(/^Nothing was written: the file or the database changed since the preview/);
    expect(applied.preview?.page.rows.find((row) => row.key === C)?.kind).toBe("conflict");
    expect((await commitment(C)).title).not.toBe("Title set by a confirmed preview");
  });

  it("writes everything or nothing: a failure on the last row leaves the first ones unwritten", async () => {
    await database.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_marked_note() RETURNS trigger AS $$
      BEGIN IF NEW.note LIKE '%FAIL-ON-WRITE%' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$
      LANGUAGE plpgsql`);
    await database.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_marked_note BEFORE INSERT ON progress_update
      FOR EACH ROW EXECUTE FUNCTION refuse_marked_note()`);
    try {
      const before = await Promise.all([A, B, C].map(commitment));
      const entries = await database.prisma.progressUpdate.count({ where: { source: "IMPORT" } });
      const content = await staffRows((rows) => {
        byKey(rows, A).title = "First of three";
        byKey(rows, B).title = "Second of three";
        byKey(rows, C).title = "Third of three FAIL-ON-WRITE";
      });
      const previewed = await preview(content);
      const applied = await importCommitmentsAction({}, form(content, "apply", previewed.preview!.digest));
      expect(applied.ok).toBe(false);
      const after = await Promise.all([A, B, C].map(commitment));
      after.forEach((row, index) => expect({ title: row.title, version: row.version })
        .toEqual({ title: before[index]!.title, version: before[index]!.version }));
      expect(await database.prisma.progressUpdate.count({ where: { source: "IMPORT" } })).toBe(entries);
    } finally {
      await database.prisma.$executeRawUnsafe("DROP TRIGGER refuse_marked_note ON progress_update");
      await database.prisma.$executeRawUnsafe("DROP FUNCTION refuse_marked_note()");
    }
  });

  it("adds a new commitment with its countries, deadline and first history entry", async () => {
    const content = await staffRows((rows) => {
      rows.splice(0, rows.length, { ...rows[0]!, key: "pe-csv-added-office", version: "", parent_key: "",
        title: "Peru opens an office (added by import)", lead_country: "PE", countries: "PE;US", collective_actor: "",
        status: "not_started", status_reason: "Announced by the ministry in November.", deadline_key: "opens", deadline_kind: "milestone", deadline_label: "Opens",
        deadline_date: "2026-04-01", deadline_precision: "quarter" });
    });
    const applied = await previewAndApply(content);
    expect(applied.message).toMatch(/1 added, 0 changed/);
    const added = await database.prisma.commitment.findUniqueOrThrow({ where: { key: "pe-csv-added-office" },
      include: { countries: true, deadlines: true, updates: { include: { deadlineChanges: true } } } });
    expect(added).toMatchObject({ status: "NOT_STARTED", version: 1 });
    expect(added.countries.map((country) => `${country.countryCode}:${country.role}`).sort()).toEqual(["PE:LEAD", "US:PARTNER"]);
    expect(added.deadlines[0]).toMatchObject({ key: "opens", kind: "MILESTONE", precision: "QUARTER" });
    expect(fromDbDate(added.deadlines[0]!.dueOn)).toBe("2026-06-30");
    expect(added.updates).toHaveLength(1);
    expect(added.updates[0]).toMatchObject({ source: "IMPORT", authorId: admin.id, newStatus: "NOT_STARTED", version: 1,
      visibility: "PUBLIC", statusReason: "Announced by the ministry in November.", note: null });
    expect(added.updates[0]!.deadlineChanges).toHaveLength(1);
  });
});

describe("the history an import writes", () => {
  it("reads in public like a person's entry, by the admin's name, and follows the form's rules row by row", async () => {
    const missing = await preview(await staffRows((rows) => {
      byKey(rows, A).status = "partly_completed";
      byKey(rows, B).status = "completed";
      byKey(rows, B).status_reason = "Both decrees were signed.";
    }));
    expect(missing.preview?.applicable).toBe(false);
    expect(missing.preview!.page.rows.flatMap((row) => (row.kind === "error"
      ? row.errors.map((error) => `${row.key}.${error.column}`) : [])).sort())
      .toEqual([`${A}.evidence_urls`, `${A}.status_reason`, `${B}.evidence_urls`].sort());

    const content = await staffRows((rows) => {
      byKey(rows, A).status = "partly_completed";
      byKey(rows, A).status_reason = "Two of the four offices opened in March.";
      byKey(rows, A).evidence_urls = "https://example.org/offices-report";
      byKey(rows, B).status = "completed";
      byKey(rows, B).status_reason = "Both decrees were signed.";
      byKey(rows, B).evidence_urls = "none";
    });
    expect((await previewAndApply(content)).ok).toBe(true);
    const imported = (await database.prisma.progressUpdate.findMany({ where: { source: "IMPORT", visibility: "PUBLIC",
      newStatus: { in: ["PARTLY_COMPLETED", "COMPLETED"] } }, select: { id: true } })).map((entry) => entry.id);
    const history = rowsOf(await exportUpdates("public")).filter((row) => imported.includes(row.update_id!));
    const adminName = (await database.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).displayName;
    expect(history.map((row) => ({ key: row.commitment_key, author: row.author, old: row.old_status, new: row.new_status,
      reason: row.status_reason, note: row.note, evidence: row.evidence_urls })).sort((a, b) => a.key!.localeCompare(b.key!)))
      .toEqual([
        { key: A, author: adminName, old: expect.any(String), new: "partly_completed",
          reason: "Two of the four offices opened in March.", note: "", evidence: "https://example.org/offices-report" },
        { key: B, author: adminName, old: expect.any(String), new: "completed", reason: "Both decrees were signed.",
          note: "", evidence: "" },
      ].sort((a, b) => a.key.localeCompare(b.key)));
    expect(JSON.stringify(history)).not.toMatch(/spreadsheet|import [0-9a-f]{12}/);
  });
});

describe("a spreadsheet round trip", () => {
  it("imports the export after Gnumeric opened and saved it, saying how it read the reformatted dates", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "pledgeboard-ssconvert-"));
    try {
      await writeFile(path.join(folder, "exported.csv"), await staffRows((rows) => {
        byKey(rows, B).title = "Uruguay's decrees, edited in Gnumeric";
        byKey(rows, C).deadline_date = "2027-03-01";
      }));
      // Gnumeric's own converter: it reads the CSV as a spreadsheet would (dates become dates) and saves it again.
      execFileSync("ssconvert", ["--export-type=Gnumeric_stf:stf_csv", "exported.csv", "saved.csv"], { cwd: folder, stdio: "pipe" });
      const saved = await readFile(path.join(folder, "saved.csv"), "utf8");
      expect(saved).toMatch(/,\d{4}\/\d{2}\/\d{2},/);
      expect(saved).toMatch(/"\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}/);

      const previewed = await preview(saved, "saved.csv");
      expect(previewed.message).toMatch(/^0 to add, 2 to change, \d+ left alone\./);
      expect(previewed.preview!.page.rows.flatMap((row) => (row.kind === "change"
        ? row.changes.map((change) => `${row.key}.${change.column}`) : [])).sort())
        .toEqual([`${B}.title`, `${C}.deadline_date`].sort());
      expect(previewed.preview!.notes).toEqual([
        expect.stringMatching(/^deadline_date: \d+ cells written YYYY\/MM\/DD read as that day \(line \d+: "\d{4}\/\d{2}\/\d{2}" is \d{4}-\d{2}-\d{2}\)\.$/),
        expect.stringMatching(/^Not read, as the export computes them: status_changed_at, .*deadline_as_written/),
      ]);
      const applied = await importCommitmentsAction({}, form(saved, "apply", previewed.preview!.digest, "saved.csv"));
      expect(applied).toMatchObject({ ok: true, message: expect.stringMatching(/0 added, 2 changed/) });
      expect((await commitment(C)).deadlines.some((deadline) => fromDbDate(deadline.date) === "2027-03-01")).toBe(true);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("a large import", () => {
  it("answers with the counts and one page of the rows that change, never the rows left alone", async () => {
    const added = 120;
    const content = await staffRows((rows) => {
      const template = rows[0]!;
      for (let index = 0; index < added; index += 1) {
        rows.push({ ...template, key: `pe-paged-${String(index).padStart(3, "0")}`, version: "", parent_key: "",
          lead_country: "PE", countries: "PE", collective_actor: "", status: "no_information", deadline_key: "" });
      }
    });
    const stored = await database.prisma.commitment.count();
    const first = await preview(content);
    expect(first.preview).toMatchObject({ applicable: true,
      counts: { create: added, change: 0, unchanged: stored, conflict: 0, error: 0 },
      page: { page: 1, pages: 3, rowCount: added, first: 1 } });
    expect(first.preview!.page.rows).toHaveLength(50);
    expect(first.preview!.page.rows.every((row) => row.kind === "create")).toBe(true);
    // The seed's keys appear nowhere in the answer: rows left alone are counted, not listed.
    expect(JSON.stringify(first)).not.toContain(A);

    const last = (await importCommitmentsAction({}, (() => {
      const data = form(content, "preview");
      data.delete("intent");
      data.set("page", "3");
      return data;
    })())) as ImportState;
    expect(last.preview?.page).toMatchObject({ page: 3, first: 101 });
    expect(last.preview!.page.rows.map((row) => row.key)).toEqual(
      Array.from({ length: 20 }, (_, index) => `pe-paged-${String(100 + index)}`));
    expect(last.preview!.digest).toBe(first.preview!.digest);
  });

  it("refuses a file of more rows than the cap, naming the cap", async () => {
    const lines = Array.from({ length: MAX_IMPORT_ROWS + 5 }, (_, index) => `k-${index},1,at_risk\r\n`).join("");
    const result = await preview(`key,version,status\r\n${lines}`);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("has more than 10,000 rows: an import takes at " +
      "most 10,000 rows") });
    expect(result.preview).toBeUndefined();
  });
});

describe("refusals", () => {
  const header = "key,version,status,countries,deadline_key,deadline_date,deadline_precision\r\n";

  it.each([
    ["a file that is not CSV", () => preview("key,version\r\n", "commitments.xlsx"), /is not a CSV file/],
    ["a file that is not UTF-8", () => preview(Buffer.from(`key,version,title\r\n${A},1,Bogot\xe1\r\n`, "latin1")),
      /is not UTF-8 text/],
    ["a missing required column", () => preview("key,title\r\nx,y\r\n"), /the required column "version" is missing/],
    ["a file over the size limit", () => preview(new Uint8Array(MAX_IMPORT_BYTES + 1)), /larger than 5 MB/],
  ])("refuses %s with a clear message", async (_what, run, message) => {
    const result = await run();
    expect(result.ok).toBe(false);
    expect(`${result.message} ${result.fieldErrors?.file ?? ""}`).toMatch(message);
  });

  it("lists an unknown status or country and a bad date or precision with line and column", async () => {
    const current = await commitment(A);
    const result = await preview(header +
      `${A},${current.version},finished,CR;US,open-until,2025-12-01,month\r\n` +
      `${A.replace("extension", "x")},1,in_progress,CR;ZZ,,,\r\n` +
      `${B},1,in_progress,UY,decree,01/04/2025,month\r\n` +
      `${C},1,in_progress,EC,x,2025-12-01,monthly\r\n`);
    expect(result.ok).toBe(false);
    const errors = result.preview!.page.rows.flatMap((row) => (row.kind === "error" ? row.errors : []));
    expect(errors).toEqual(expect.arrayContaining([
      { line: 2, column: "status", message: expect.stringMatching(/^Unknown status "finished"/) },
      { line: 3, column: "countries", message: "Unknown country code ZZ." },
      { line: 4, column: "deadline_date", message: "\"01/04/2025\" could be April 1 or January 4, 2025: write it YYYY-MM-DD " +
        "(2025-04-01 or 2025-01-04)." },
      { line: 5, column: "deadline_precision", message: expect.stringMatching(/^Unknown precision "monthly"/) },
    ]));
    expect(result.preview!.applicable).toBe(false);
  });

  it("says the summary, each row's errors, how the file was read and a refused file in the page's language", async () => {
    const [a, b, c] = await Promise.all([commitment(A), commitment(B), commitment(C)]);
    postedFrom.locale = "es";
    try {
      const result = await preview("key,version,status,deadline_key,deadline_date,deadline_precision,status_changed_at\r\n" +
        `${A},${a.version},finished,,,,\r\n` +
        `${B},${b.version},${b.status.toLowerCase()},,,,2024-01-01\r\n` +
        `${C},${c.version},${c.status.toLowerCase()},decree,01/04/2025,month,\r\n` +
        "mx-chiapas-multi-purpose-processing-center,abc,in_progress,,,,\r\n");
      expect(result.message).toBe("3 de 4 filas tienen errores: corríjalas en el archivo y vuelva a ver la vista " +
        "previa. No se escribe nada mientras alguna fila tenga un error.");
      const errors = result.preview!.page.rows.flatMap((row) => (row.kind === "error" ? row.errors : []));
      expect(errors).toEqual(expect.arrayContaining([
        { line: 2, column: "status", message: "El estado «finished» no existe: use no_information, not_started, " +
          "in_progress, at_risk, partly_completed, completed o discontinued." },
        { line: 4, column: "deadline_date", message: "«01/04/2025» puede ser el 1 de abril de 2025 o el 4 de enero de " +
          "2025: escríbala como AAAA-MM-DD (2025-04-01 o 2025-01-04)." },
        { line: 5, column: "version", message: "Escriba la versión como número entero, tal como se exportó." },
      ]));
      expect(result.preview!.notes).toEqual(["No se leen, porque la exportación las calcula: status_changed_at. Que " +
        "una hoja de cálculo haya cambiado el formato de sus fechas o números no cambia nada."]);
      expect((await preview("key,version\r\n", "commitments.xlsx")).message).toBe("«commitments.xlsx» no es un " +
        "archivo CSV: en la hoja de cálculo, guárdelo como «CSV UTF-8 (delimitado por comas)» (.csv).");
    } finally {
      postedFrom.locale = "en";
    }
  });

  it("refuses callers who are not admins, and a confirmation without a preview", async () => {
    signInAs(await makeUser(database.prisma, "EDITOR"));
    expect((await preview(header)).message).toMatch(/role does not allow/);
    signInAs(admin);
    expect((await importCommitmentsAction({}, form(header, "apply"))).fieldErrors?.digest?.[0]).toMatch(/Preview the file/);
  });
});
