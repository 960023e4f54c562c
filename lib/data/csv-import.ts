import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db/client";
import { COMMITMENT_COLUMNS, REQUIRED_IMPORT_COLUMNS } from "../domain/csv-columns";
import { planImport, type ImportPlan, type StoredCommitment } from "../domain/csv-import-diff";
import { readCsvFile } from "../domain/csv-read";
import { importNotes } from "../domain/import-notes";
import { messages, type Catalogue } from "../messages/en";
import { sayAgain } from "../messages/say-again";
import { readCommitmentCsvRow } from "../validation/commitment-csv";
import { quoteChecker } from "./source-documents";
import { COMMITMENT_CSV_SELECT, commitmentFacts, deadlineFacts } from "./commitment-csv-rows";

export type UploadedCsv = { name: string; bytes: Uint8Array };

/** Ids of what the plan names by key, for the writes. */
export type StoredIds = Map<string, { id: string; deadlines: Map<string, string> }>;

export type ImportPreview = {
  kind: "preview";
  fileName: string;
  /** Of the file and of the plan: the confirmation must match it, or the file or the database changed since. */
  digest: string;
  plan: ImportPlan;
  /** How the file was read where it differs from the export's own form (lib/domain/import-notes.ts). */
  notes: string[];
  ids: StoredIds;
  references: { declarations: Map<string, string>; pillars: Map<string, string> };
};

export type ImportRefusal = { kind: "refused"; message: string };

/**
 * Reads an uploaded commitments.csv and plans it against the database, writing nothing. Run again at confirmation,
 * on the file sent again: no preview is kept between requests, so any app instance can take the confirmation. What is
 * wrong with the file or a row is said in `t`'s language.
 */
export async function previewImport(file: UploadedCsv, t: Catalogue = messages): Promise<ImportPreview | ImportRefusal> {
  const words = t.importFile;
  const read = readCsvFile(file, { known: COMMITMENT_COLUMNS.map((column) => column.name), required: REQUIRED_IMPORT_COLUMNS },
    words.read);
  if (!read.ok) return { kind: "refused", message: read.message };
  if (read.records.length === 0) return { kind: "refused", message: words.read.noRows(file.name) };
  const say = (message: string) => sayAgain(message, t);
  const rows = read.records.map((record) => readCommitmentCsvRow(record, read.columns.length, words.cells, say));

  const fileKeys = rows.map((row) => row.values.key).filter((key) => key !== "");
  const parentKeys = rows.flatMap((row) => (row.values.parentKey ? [row.values.parentKey] : []));
  const [commitments, countries, pillars, declarations] = await Promise.all([
    db().commitment.findMany({
      where: { key: { in: [...new Set([...fileKeys, ...parentKeys])] } },
      select: { ...COMMITMENT_CSV_SELECT, deadlines: { select: { ...COMMITMENT_CSV_SELECT.deadlines.select, id: true } },
        children: { select: { key: true } } },
    }),
    db().country.findMany({ select: { code: true } }),
    db().pillar.findMany({ select: { id: true, slug: true, framework: { select: { key: true } } } }),
    db().declaration.findMany({ select: { id: true, key: true, sourceMarkdown: true, framework: { select: { key: true } } } }),
  ]);
  const stored = new Map<string, StoredCommitment>();
  const ids: StoredIds = new Map();
  for (const row of commitments) {
    stored.set(row.key, { facts: commitmentFacts(row), deadlines: deadlineFacts(row), archived: row.archivedAt !== null,
      childKeys: row.children.map((child) => child.key) });
    ids.set(row.key, { id: row.id, deadlines: new Map(row.deadlines.map((deadline) => [deadline.key, deadline.id])) });
  }
  const plan = planImport(rows, stored, {
    countries: new Set(countries.map((country) => country.code)),
    pillars: new Map(pillars.map((pillar) => [pillar.slug, pillar.framework.key])),
    declarations: new Map(declarations.map((declaration) => [declaration.key,
      { framework: declaration.framework.key, quoteProblem: quoteChecker(declaration.sourceMarkdown, t) }])),
  }, words.plan);
  // Row by row: one string of the whole plan would be the largest thing the preview holds. The typed commitments a
  // row carries (before, next) are left out: the file's bytes give the new values, and each row's kind, version, cells
  // old and new, deadline, entry and errors give what the database held, at about half the bytes to hash.
  const hash = createHash("sha256").update(file.bytes);
  const withoutFacts = (key: string, value: unknown) => (key === "before" || key === "next" ? undefined : value);
  for (const row of plan.rows) hash.update(JSON.stringify(row, withoutFacts));
  const digest = hash.digest("hex");
  return {
    kind: "preview", fileName: file.name, digest, plan, ids,
    notes: importNotes({ separator: read.separator, columns: read.columns, readings: rows.flatMap((row) => row.readings) },
      words.notes),
    references: {
      declarations: new Map(declarations.map((declaration) => [declaration.key, declaration.id])),
      pillars: new Map(pillars.map((pillar) => [pillar.slug, pillar.id])),
    },
  };
}
