import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { COMMITMENT_COLUMNS, UPDATE_COLUMNS, type CsvColumn } from "../../lib/domain/csv-columns";

/**
 * The data dictionary of docs/csv.md, made from the one column list (lib/domain/csv-columns.ts) that the exports,
 * the import and the /export page use. tests/unit/csv-columns.test.ts fails when the doc's tables are not exactly
 * these; `node --import tsx tests/support/csv-dictionary.ts` writes them into the doc.
 */
export const DOC = path.resolve(import.meta.dirname, "../../docs/csv.md");

const audience = (column: CsvColumn) => (column.staff ? "staff only" : "public and staff");

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

export function dictionaryTables(): string[] {
  return [
    table(["column", "type", "meaning", "in", "import"], COMMITMENT_COLUMNS.map((column) =>
      [`\`${column.name}\``, column.type, column.meaning, audience(column), column.import])),
    table(["column", "type", "meaning", "in"], UPDATE_COLUMNS.map((column) =>
      [`\`${column.name}\``, column.type, column.meaning, audience(column)])),
  ];
}

/** The doc with each dictionary table (a table whose header starts "| column | type |") replaced by the made one. */
export function withDictionary(doc: string): string {
  const tables = dictionaryTables();
  let index = 0;
  return doc.replace(/^\| column \| type \|.*\n(?:\|.*\n?)*/gm, (found) =>
    (tables[index++] ?? found) + (found.endsWith("\n") ? "\n" : ""));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(DOC, withDictionary(readFileSync(DOC, "utf8")));
}
