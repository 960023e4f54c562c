import type pg from "pg";
import { UserFacingError } from "./errors";

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code: unknown = Reflect.get(error, "code");
  return typeof code === "string" ? code : undefined;
}

/**
 * The Prisma error codes the CLI reacts to when it probes a database: P1003 makes `migrate dev` and `migrate deploy`
 * create the database, the others become the messages users know from the native engine.
 */
export function connectionError(error: unknown, config: pg.ClientConfig): Error {
  const where = `${config.host}:${config.port}`;
  switch (errorCode(error)) {
    case "3D000":
      return new UserFacingError("P1003", `Database \`${config.database}\` does not exist on the database server at \`${where}\`.`);
    case "28P01":
    case "28000":
      return new UserFacingError(
        "P1000",
        `Authentication failed against database server, the provided database credentials for \`${config.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at the configured address.`,
      );
    case "42501":
      return new UserFacingError("P1010", `User \`${config.user}\` was denied access on the database \`${config.database}\``);
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
      return new UserFacingError(
        "P1001",
        `Can't reach database server at \`${where}\`\n\nPlease make sure your database server is running at \`${where}\`.`,
      );
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}
