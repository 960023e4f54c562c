import pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;

type FieldDescription = { dataTypeID: number };
type ResultPrototype = { addFields(fields: FieldDescription[]): void };

function resultPrototype(pgModule: object): ResultPrototype {
  const Result: unknown = Reflect.get(pgModule, "Result");
  const prototype: unknown = typeof Result === "function" ? Reflect.get(Result, "prototype") : undefined;
  if (typeof prototype !== "object" || prototype === null || typeof Reflect.get(prototype, "addFields") !== "function") {
    throw new Error("pg.Result is not what this bridge expects; check the pg version");
  }
  return prototype as ResultPrototype;
}

let installed = false;

/**
 * The engine inspects the catalog (pg_class.relkind, pg_constraint.contype, ...), whose columns have PostgreSQL's
 * one-byte `"char"` type; adapter-pg has no column type for it and fails the whole query. Its text form is a
 * one-letter string, so every result in this process reports it as text. Patched on pg's Result because adapter-pg
 * queries through pools and transaction clients alike, and all of them build one.
 */
export function readCharAsText(): void {
  if (installed) return;
  const prototype = resultPrototype(pg);
  const addFields = prototype.addFields;
  prototype.addFields = function (this: ResultPrototype, fields: FieldDescription[]) {
    for (const field of fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    addFields.call(this, fields);
  };
  installed = true;
}
