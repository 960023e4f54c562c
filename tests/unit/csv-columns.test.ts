import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { columnsFor, COMMITMENT_COLUMNS, UPDATE_COLUMNS } from "@/lib/domain/csv-columns";
import { IMPORTED_COLUMNS } from "@/lib/validation/commitment-csv";
import { dictionaryTables, DOC, withDictionary } from "../support/csv-dictionary";

const doc = readFileSync(DOC, "utf8");
const audience = (staff?: true) => (staff ? "staff only" : "public and staff");

describe("the column dictionary", () => {
  it("is what docs/csv.md documents, column by column", () => {
    for (const column of COMMITMENT_COLUMNS) {
      expect(doc).toContain(
        `| \`${column.name}\` | ${column.type} | ${column.meaning} | ${audience(column.staff)} | ${column.import} |`);
    }
    for (const column of UPDATE_COLUMNS) {
      expect(doc).toContain(`| \`${column.name}\` | ${column.type} | ${column.meaning} | ${audience(column.staff)} |`);
    }
  });

  it("is made for docs/csv.md from the column list, so the doc has no column the files lack, nor another order", () => {
    for (const table of dictionaryTables()) expect(doc).toContain(table);
    expect(withDictionary(doc), "run: node --import tsx tests/support/csv-dictionary.ts").toBe(doc);
  });

  it("names the columns the import reads exactly as the import reads them", () => {
    expect([...IMPORTED_COLUMNS].sort()).toEqual(COMMITMENT_COLUMNS.filter((column) => column.import !== "computed")
      .map((column) => column.name).sort());
  });

  it("has unique snake_case names, and leaves staff-only columns out of the public files", () => {
    for (const columns of [COMMITMENT_COLUMNS, UPDATE_COLUMNS]) {
      const names = columns.map((column) => column.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names.every((name) => /^[a-z]+(_[a-z]+)*$/.test(name))).toBe(true);
    }
    expect(columnsFor(UPDATE_COLUMNS, "public").map((column) => column.name)).not.toEqual(
      expect.arrayContaining(["visibility"]));
    expect(columnsFor(UPDATE_COLUMNS, "public").some((column) => column.name === "author_email")).toBe(false);
    expect(columnsFor(COMMITMENT_COLUMNS, "public").some((column) => column.name === "archived_at")).toBe(false);
  });
});
