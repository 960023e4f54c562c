import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { commitmentCsv, updatesCsv } from "@/lib/data/csv-export";
import { editCommitment } from "@/lib/data/commitment-writes";
import { getPillar, getPublicCommitment, listDeadlineWatch, listPublicCommitments, listPublicUpdates,
  summarisePublicCommitments } from "@/lib/data/public-commitments";
import { listPublicFilterChoices } from "@/lib/data/reference-lists";
import { pillarLabel } from "@/lib/i18n/pillar-label";
import { en } from "@/lib/messages/en";
import { es as spanishWords } from "@/lib/messages/es";
import { seedAll } from "@/lib/db/seed";
import { laDeclaration2024 } from "@/prisma/seed/data";
import { laDeclaration2024Es } from "@/prisma/seed/translations-es";
import { awaitDataGeneration } from "../support/data-generation";
import { signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const { editCommitmentAction } = await import("@/app/(site)/admin/commitments/manage-actions");
const { logProgressUpdateAction } = await import("@/app/(site)/admin/commitments/[key]/actions");

const database = useTestDatabase();
const TODAY = "2026-11-28";
const FILTERS = { sort: "source", page: 1 } as const;
type Account = { id: string; sessionVersion: number };
let admin: Account;
let editor: Account;
let viewer: Account;

beforeAll(async () => {
  admin = await makeUser(database.prisma, "ADMIN");
  editor = await makeUser(database.prisma, "EDITOR", { all: true });
  viewer = await makeUser(database.prisma, "VIEWER");
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

async function commitmentFields(key: string, extra: Record<string, string>) {
  const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key }, include: { countries: true } });
  const lead = row.countries.find((country) => country.role === "LEAD")?.countryCode ?? "";
  return {
    commitmentId: row.id, expectedVersion: String(row.version), title: row.title, description: row.description,
    sourceText: row.sourceText, sourceSection: row.sourceSection, pillarId: row.pillarId ?? "", type: row.type,
    leadCountry: lead, collectiveActor: row.collectiveActor ?? "", parentKey: "", ...extra,
  };
}

async function spanish(key: string) {
  return database.prisma.commitmentTranslation.findFirst({ where: { commitment: { key }, locale: "es" },
    select: { title: true, description: true, source: true } });
}

/** A save answers with a redirect to the commitment's page, which Next.js signals by throwing. */
async function expectSaved(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ digest: expect.stringContaining("/admin/commitments/") });
}

/** A file as a reader's spreadsheet takes it: its header, and each row by column name. */
async function text(file: AsyncIterable<string>) {
  let all = "";
  for await (const chunk of file) all += chunk;
  const [header = [], ...rows] = parse(all, { bom: true }) as string[][];
  return { header, records: rows.map((row) => ({ cells: Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])) })) };
}

describe("the shipped Spanish in a database", () => {
  it("gives every shipped commitment its Spanish title and description, written by the seed", async () => {
    const rows = await database.prisma.commitmentTranslation.findMany({ where: { locale: "es" },
      select: { title: true, description: true, source: true, commitment: { select: { key: true } } } });
    expect(Object.fromEntries(rows.map((row) => [row.commitment.key, { title: row.title, description: row.description }])))
      .toEqual(laDeclaration2024Es.commitments);
    expect(new Set(rows.map((row) => row.source))).toEqual(new Set(["SEED"]));
  });

  it("shows a Spanish reader the Spanish, marked Spanish, the source's words as published, and the English reader the English", async () => {
    const key = "cr-safe-mobility-offices-extension";
    const english = (await getPublicCommitment(key))!;
    const es = (await getPublicCommitment(key, "es"))!;
    expect(es).toMatchObject({ title: laDeclaration2024Es.commitments[key]!.title, titleLang: "es",
      description: laDeclaration2024Es.commitments[key]!.description, descriptionLang: "es" });
    expect(es.sourceText).toBe(english.sourceText);
    expect(es.declaration.sourceLang).toBe("en");
    expect(english).toMatchObject({ titleLang: "en", descriptionLang: "en" });
    expect(english.title).toBe(laDeclaration2024.commitments.flatMap((item) => [item, ...(item.children ?? [])])
      .find((item) => item.key === key)!.title);
    expect(es.parent).toMatchObject({ key: "cr-safe-mobility-offices", titleLang: "es" });
    const list = await listPublicCommitments({ ...FILTERS, country: "UY" }, TODAY, undefined, "es");
    expect(list.rows.map((row) => [row.titleLang, row.title])).toEqual([["es",
      laDeclaration2024Es.commitments["uy-regularization-decrees"]!.title]]);
    const watch = await listDeadlineWatch(TODAY, { key }, 8, "es");
    expect(watch.passed.map((row) => row.commitment.titleLang)).toEqual(["es"]);
  });

  it("puts it in the CSV beside the English, under stable English column names at the end", async () => {
    const rows = await text(commitmentCsv({ ...FILTERS, country: "UY" }, TODAY, "public", "https://pledgeboard.example"));
    expect(rows.header.slice(-2)).toEqual(["title_es", "description_es"]);
    expect(rows.records).toHaveLength(1);
    expect(rows.records[0]!.cells).toMatchObject({ key: "uy-regularization-decrees",
      title_es: laDeclaration2024Es.commitments["uy-regularization-decrees"]!.title });
  });
});

describe("staff's Spanish", () => {
  const key = "uy-regularization-decrees";

  it("is saved from the commitment form by an admin, replaces the shipped Spanish, and says so in the history", async () => {
    signInAs(admin);
    await expectSaved(editCommitmentAction({}, form(await commitmentFields(key, {
      titleEs: "  Uruguay regulariza a unas 25.500 personas ", descriptionEs: "Dos decretos dan estatus legal." }))));
    expect(await spanish(key)).toEqual({ title: "Uruguay regulariza a unas 25.500 personas",
      description: "Dos decretos dan estatus legal.", source: "STAFF" });
    const entry = await database.prisma.progressUpdate.findFirstOrThrow({ where: { commitment: { key } },
      orderBy: { version: "desc" } });
    expect(entry.note).toBe("Edited by an admin: Spanish title, Spanish description.");
    await awaitDataGeneration(database.url);
    expect(await getPublicCommitment(key, "es")).toMatchObject({ title: "Uruguay regulariza a unas 25.500 personas",
      titleLang: "es" });
  });

  it("left out of a form leaves the Spanish as it was; emptied, the Spanish page shows the English marked English", async () => {
    signInAs(admin);
    const before = await spanish(key);
    await expectSaved(editCommitmentAction({}, form(await commitmentFields(key, { title: "Uruguay: two decrees (edited)" }))));
    expect(await spanish(key)).toEqual(before);
    const generation = await awaitDataGeneration(database.url);
    await expectSaved(editCommitmentAction({}, form(await commitmentFields(key, { titleEs: " ", descriptionEs: "" }))));
    expect(await spanish(key)).toEqual({ title: null, description: null, source: "STAFF" });
    await awaitDataGeneration(database.url, generation);
    expect(await getPublicCommitment(key, "es")).toMatchObject({ title: "Uruguay: two decrees (edited)", titleLang: "en",
      descriptionLang: "en" });
  });

  it("is never written over by the seed, which puts back only its own translations", async () => {
    const shipped = "cr-safe-mobility-offices-extension";
    await database.prisma.commitmentTranslation.updateMany({ where: { commitment: { key: shipped } },
      data: { title: "Traducción vieja del seed" } });
    const result = await seedAll(database.prisma);
    expect(result.translated).toBe(1);
    expect((await spanish(shipped))?.title).toBe(laDeclaration2024Es.commitments[shipped]!.title);
    expect(await spanish(key)).toEqual({ title: null, description: null, source: "STAFF" });
    expect((await seedAll(database.prisma)).translated).toBe(0);
  });

  it("is refused to anyone but an admin, by the action and by the data layer, and nothing changes", async () => {
    const before = await spanish(key);
    for (const user of [editor, viewer, null]) {
      signInAs(user);
      const result = await editCommitmentAction({}, form(await commitmentFields(key, { titleEs: "No autorizado" })));
      expect(result.ok).toBe(false);
      expect(result.values?.titleEs).toBe("No autorizado");
    }
    const fields = await commitmentFields(key, {});
    expect(await editCommitment({ id: editor.id, role: "EDITOR", scope: { countryCodes: [], pillarIds: [] } }, {
      ...fields, expectedVersion: Number(fields.expectedVersion), type: "POLICY_OR_LAW", partnerCountries: [],
      titleEs: "No autorizado" })).toEqual({ kind: "forbidden" });
    expect(await spanish(key)).toEqual(before);
  });

  it("answers a Spanish title that is too long by name and keeps what was typed", async () => {
    signInAs(admin);
    const result = await editCommitmentAction({}, form(await commitmentFields(key, { titleEs: "t".repeat(201) })));
    expect(result.fieldErrors?.titleEs).toEqual(["A Spanish title has at most 200 characters."]);
    expect(result.values?.titleEs).toBe("t".repeat(201));
  });
});

describe("a note written in Spanish", () => {
  const key = "cr-safe-mobility-offices-extension";

  async function updateForm(fields: Record<string, string>) {
    const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key } });
    return form({ commitmentId: row.id, expectedVersion: String(row.version), status: row.status, statusReason: "",
      evidenceUrls: "", visibility: "PUBLIC", ...fields });
  }

  it("is saved with its language by an editor, and marked Spanish on the English pages and in the history file", async () => {
    signInAs(editor);
    const generation = await awaitDataGeneration(database.url);
    const note = "Las oficinas siguen abiertas; el ministerio lo confirmó.";
    expect(await logProgressUpdateAction({}, await updateForm({ note, noteLang: "es" }))).toMatchObject({ ok: true });
    await awaitDataGeneration(database.url, generation);
    const [latest] = (await listPublicUpdates({ commitmentKey: key }, 1)).rows;
    expect(latest).toMatchObject({ note, noteLang: "es", commitment: { key, titleLang: "en" } });
    const [spanishPage] = (await listPublicUpdates({ commitmentKey: key }, 1, 20, "es")).rows;
    expect(spanishPage).toMatchObject({ note, noteLang: "es", commitment: { titleLang: "es" } });
    const csv = await text(updatesCsv({ ...FILTERS, q: key }, TODAY, "public"));
    expect(csv.records.find((record) => record.cells.note === note)?.cells.note_lang).toBe("es");
  });

  it("is English unless the form says otherwise, and any other language is refused by name", async () => {
    signInAs(editor);
    expect(await logProgressUpdateAction({}, await updateForm({ note: "Checked again." }))).toMatchObject({ ok: true });
    const entry = await database.prisma.progressUpdate.findFirstOrThrow({ where: { note: "Checked again." } });
    expect(entry.noteLang).toBe("en");
    const refused = await logProgressUpdateAction({}, await updateForm({ note: "Vérifié.", noteLang: "fr" }));
    expect(refused.fieldErrors?.noteLang).toEqual(["Choose the language the note is written in: English or Spanish."]);
    expect(refused.values?.note).toBe("Vérifié.");
  });

  it("cannot be given a language the database does not know, whoever writes it", async () => {
    const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key } });
    await expect(database.prisma.progressUpdate.create({ data: { commitmentId: row.id, source: "STAFF",
      visibility: "PUBLIC", version: row.version, note: "x", noteLang: "fr", evidenceUrls: [] } }))
      .rejects.toThrow(/progress_update_note_lang_check/);
  });
});

describe("the pillars in Spanish", () => {
  const SLUG = "lawful-pathways";
  const shipped = () => laDeclaration2024Es.pillars[SLUG]!;
  const english = () => laDeclaration2024.pillars.find((pillar) => pillar.slug === SLUG)!;

  it("gives every shipped pillar its Spanish name, short name and description, written by the seed", async () => {
    const rows = await database.prisma.pillarTranslation.findMany({ where: { locale: "es" },
      select: { name: true, shortName: true, description: true, source: true, pillar: { select: { slug: true } } } });
    expect(Object.fromEntries(rows.map((row) => [row.pillar.slug, { name: row.name, shortName: row.shortName,
      description: row.description }]))).toEqual(laDeclaration2024Es.pillars);
    expect(new Set(rows.map((row) => row.source))).toEqual(new Set(["SEED"]));
  });

  it("names a pillar in Spanish, marked Spanish, wherever a Spanish page reads it, and in English on an English page", async () => {
    const spanishLabel = { name: shipped().name, shortName: shipped().shortName, description: shipped().description,
      lang: "es", descriptionLang: "es" };
    expect(pillarLabel(await getPillar(SLUG), spanishWords, "es")).toEqual(spanishLabel);
    expect(pillarLabel(await getPillar(SLUG), en, "en")).toEqual({ name: english().name, shortName: english().shortName,
      description: english().description, lang: "en", descriptionLang: "en" });
    const summary = await summarisePublicCommitments({ sort: "source", page: 1 }, "2026-12-01");
    expect(pillarLabel(summary.perPillar.find((pillar) => pillar.slug === SLUG)!, spanishWords, "es").shortName)
      .toBe(shipped().shortName);
    const { rows } = await listPublicCommitments({ sort: "source", page: 1, pillar: SLUG }, "2026-12-01", 5, "es");
    expect(pillarLabel({ ...rows[0]!.pillar!, name: english().shortName }, spanishWords, "es"))
      .toMatchObject({ shortName: shipped().shortName, lang: "es" });
    const choices = await listPublicFilterChoices({});
    expect(pillarLabel({ ...choices.pillars.find((pillar) => pillar.slug === SLUG)!, name: english().shortName },
      spanishWords, "es").shortName).toBe(shipped().shortName);
  });

  it("falls back to the English, marked English, where the Spanish is empty, and the seed puts back only its own", async () => {
    const pillar = await database.prisma.pillar.findUniqueOrThrow({ where: { slug: SLUG } });
    const generation = await awaitDataGeneration(database.url);
    await database.prisma.pillarTranslation.update({ where: { pillarId_locale: { pillarId: pillar.id, locale: "es" } },
      data: { name: null, shortName: null, description: null } });
    await awaitDataGeneration(database.url, generation);
    expect(pillarLabel(await getPillar(SLUG), spanishWords, "es")).toMatchObject({ name: english().name, lang: "en",
      descriptionLang: "en" });
    expect((await seedAll(database.prisma)).translated).toBe(1);
    await database.prisma.pillarTranslation.update({ where: { pillarId_locale: { pillarId: pillar.id, locale: "es" } },
      data: { name: "Vías legales, según el personal", source: "STAFF" } });
    expect((await seedAll(database.prisma)).translated).toBe(0);
    expect((await database.prisma.pillarTranslation.findUniqueOrThrow({
      where: { pillarId_locale: { pillarId: pillar.id, locale: "es" } } })).name).toBe("Vías legales, según el personal");
  });
});
