import { describe, expect, it } from "vitest";
import { lostConnection } from "@/lib/db/lost-connection";

/** The shapes Prisma 7's pg adapter gives a lost database, as logged by tests/integration/honest-answers.test.ts. */
const adapterError = (cause: object) => Object.assign(new Error("Invalid invocation"),
  { code: "P2039", meta: { modelName: "User", driverAdapterError: Object.assign(new Error("adapter"), { cause }) } });

describe("a lost connection told from the error itself", () => {
  it.each([
    ["a server that does not answer", Object.assign(new Error("Can't reach"), { code: "P1001" })],
    ["a refused connection, as the adapter names it", adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 })],
    ["a connection ended by a shutdown", adapterError({ kind: "postgres", code: "57P01", severity: "FATAL" })],
    ["a database that lets no one in", adapterError({ kind: "postgres", code: "55000", severity: "FATAL" })],
    ["a socket reset under pg", Object.assign(new Error("read"), { cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) })],
  ])("%s is a lost database", (_name, error) => {
    expect(lostConnection(error)).toBe(true);
  });

  it.each([
    ["a bug in the code", new TypeError("Cannot read properties of undefined (reading '0')")],
    ["a value the column cannot hold", adapterError({ kind: "postgres", code: "22003", severity: "ERROR" })],
    ["a unique key taken", Object.assign(new Error("Unique constraint"), { code: "P2002" })],
    ["not an error at all", "a string"],
  ])("%s is not", (_name, error) => {
    expect(lostConnection(error)).toBe(false);
  });
});
