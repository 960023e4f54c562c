import { ColumnTypeEnum, type SqlResultSet } from "@prisma/driver-adapter-utils";
import pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;

type FieldDescription = { dataTypeID: number };
type ResultInternals = { rows: unknown[]; addFields(fields: FieldDescription[]): void };

/** The `"char"` columns of each result, keyed by its rows array, which adapter-pg hands on as the result's rows. */
const charColumns = new WeakMap<unknown[], number[]>();

function resultPrototype(pgModule: object): ResultInternals {
  const Result: unknown = Reflect.get(pgModule, "Result");
  const prototype: unknown = typeof Result === "function" ? Reflect.get(Result, "prototype") : undefined;
  if (typeof prototype !== "object" || prototype === null || typeof Reflect.get(prototype, "addFields") !== "function") {
    throw new Error("pg.Result is not what this bridge expects; check the pg version");
  }
  return prototype as ResultInternals;
}

let installed = false;

/**
 * The engine reads the catalog's one-byte `"char"` columns (pg_class.relkind, pg_constraint.contype, ...) and
 * wants them as characters, but adapter-pg has no column type for that OID and fails the whole query. So pg is
 * told they are text (which makes adapter-pg accept them) and the columns are remembered, for
 * `restoreCharColumns` to report them as characters again. Patched on pg's Result because adapter-pg queries
 * through pools and transaction clients alike, and every one of them builds one.
 */
export function readCharColumns(): void {
  if (installed) return;
  const prototype = resultPrototype(pg);
  const addFields = prototype.addFields;
  prototype.addFields = function (this: ResultInternals, fields: FieldDescription[]) {
    const chars: number[] = [];
    fields.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      chars.push(index);
    });
    if (chars.length > 0) charColumns.set(this.rows, chars);
    addFields.call(this, fields);
  };
  installed = true;
}

/**
 * Without this the engine fails on PostgreSQL 18, which lists NOT NULL constraints in pg_constraint (contype 'n'):
 * "Getting constraint_type from ResultRow ... as char failed".
 */
export function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  const chars = charColumns.get(result.rows);
  if (chars) for (const index of chars) result.columnTypes[index] = ColumnTypeEnum.Character;
  return result;
}
