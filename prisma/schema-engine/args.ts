import { parseDatasource, type Datasource } from "./connection";

export type Invocation =
  | { kind: "version" }
  | { kind: "cli"; command: string; datasource?: Datasource }
  | { kind: "rpc"; datamodels: string[]; datasource?: Datasource };

/** The native engine's command line, as the CLI builds it (see SchemaEngine.internalInit in prisma/build/cli.js). */
export function parseArgs(argv: string[]): Invocation {
  const datamodels: string[] = [];
  let datasource: Datasource | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    switch (arg) {
      case "--version":
      case "-V":
        return { kind: "version" };
      case "--datamodels":
      case "-d":
        datamodels.push(value());
        break;
      case "--datasource":
        datasource = parseDatasource(value());
        break;
      // Neither changes anything for PostgreSQL through a driver adapter.
      case "--enabled-preview-features":
      case "--extension-types":
        value();
        break;
      case "cli": {
        const command = argv[i + 1];
        if (!command) throw new Error("`cli` needs a command: can-connect-to-database, create-database, drop-database");
        return { kind: "cli", command, datasource };
      }
      default:
        throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return { kind: "rpc", datamodels, datasource };
}
