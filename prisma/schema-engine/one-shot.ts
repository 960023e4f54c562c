import { parseConnectionUrl, type Datasource } from "./connection";
import { canConnect, createDatabase, dropDatabase } from "./databases";
import { UserFacingError } from "./errors";
import { logLine } from "./log";

/**
 * `schema-engine cli <command>`: the CLI runs these to probe and create databases before it starts the RPC engine.
 * On failure it skips the first stderr line, parses every other one as JSON and looks for an ERROR line from
 * `schema_engine::logger` carrying `error_code`, which is why a first line is always written.
 */
export async function runCliCommand(command: string, datasource: Datasource | undefined): Promise<number> {
  logLine("INFO", { message: `Starting schema engine CLI: ${command}` });
  try {
    if (!datasource) throw new Error("--datasource is required");
    const connection = parseConnectionUrl(datasource.url);
    switch (command) {
      case "can-connect-to-database":
        await canConnect(connection);
        break;
      case "create-database":
        await createDatabase(connection);
        process.stdout.write(`Database '${connection.database}' was successfully created.\n`);
        break;
      case "drop-database":
        await dropDatabase(connection);
        process.stdout.write(`The database was successfully dropped.\n`);
        break;
      default:
        throw new Error(`Unknown cli command: ${command}`);
    }
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logLine("ERROR", { message, error_code: error instanceof UserFacingError ? error.code : undefined });
    return 1;
  }
}
