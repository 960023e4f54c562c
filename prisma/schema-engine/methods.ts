import type * as Engine from "@prisma/schema-engine-wasm";
import { parseConnectionUrl, type Datasource } from "./connection";
import { createDatabase } from "./databases";
import type { Handler } from "./rpc";
import type { SchemaEngine } from "./wasm-engine";

/** The CLI builds these params from the engine's own JSON-RPC schema, which the wasm types mirror. */
function as<T>(params: unknown): T {
  return params as T;
}

function urlOf(param: Engine.DatasourceParam | undefined, fallback: Datasource | undefined): string {
  if (param?.tag === "ConnectionString") return param.url;
  if (fallback) return fallback.url;
  throw new Error("No datasource URL: set datasource.url in prisma.config.ts");
}

/**
 * The RPC methods of the native engine (the ones prisma/build/cli.js sends), on the wasm engine. Every method of
 * the wasm engine is named like its RPC method, except getDatabaseVersion; createDatabase is not in the wasm engine
 * at all (it would need a connection to a database that does not exist yet), so it is done here with pg.
 */
export function methods(engine: SchemaEngine, datasource: Datasource | undefined): Record<string, Handler> {
  /**
   * This wasm build cannot open a shadow database inside evaluateDataLoss and createMigration: they only work from
   * the schema of the migration history that an earlier diagnoseMigrationHistory with optInToShadowDatabase computed
   * (on a shadow database it does get) and the engine kept. `migrate dev` runs devDiagnostic first, which does
   * that, but applying a pending migration drops what was kept; so on that error the schema is computed the same
   * way and the call made again.
   */
  async function withShadowDatabase<T>(input: Engine.EvaluateDataLossInput | Engine.CreateMigrationInput, run: () => Promise<T>) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof Error) || !error.message.includes("shadow DB must be provided through an external factory")) throw error;
      const { migrationsList, filters } = input;
      await engine.diagnoseMigrationHistory({ migrationsList, filters, optInToShadowDatabase: true });
      return run();
    }
  }

  return {
    applyMigrations: (p) => engine.applyMigrations(as<Engine.ApplyMigrationsInput>(p)),
    createMigration: (p) => {
      const input = as<Engine.CreateMigrationInput>(p);
      return withShadowDatabase(input, () => engine.createMigration(input));
    },
    dbExecute: (p) => engine.dbExecute(as<Engine.DbExecuteParams>(p)).then(() => ({})),
    devDiagnostic: (p) => engine.devDiagnostic(as<Engine.DevDiagnosticInput>(p)),
    diagnoseMigrationHistory: (p) => engine.diagnoseMigrationHistory(as<Engine.DiagnoseMigrationHistoryInput>(p)),
    // The wasm engine returns the diff, where the native one asks the CLI to print it (and the CLI expects that).
    diff: async (p, peer) => {
      const result = await engine.diff(as<Engine.DiffParams>(p));
      if (result.stdout !== null) await peer.print(result.stdout);
      return { ...result, stdout: null };
    },
    ensureConnectionValidity: (p) => engine.ensureConnectionValidity(as<Engine.EnsureConnectionValidityParams>(p)),
    evaluateDataLoss: (p) => {
      const input = as<Engine.EvaluateDataLossInput>(p);
      return withShadowDatabase(input, () => engine.evaluateDataLoss(input));
    },
    getDatabaseVersion: (p) => engine.version(p === undefined ? null : as<Engine.GetDatabaseVersionInput>(p)),
    introspect: (p) => engine.introspect(as<Engine.IntrospectParams>(p)),
    introspectSql: (p) => engine.introspectSql(as<Engine.IntrospectSqlParams>(p)),
    markMigrationApplied: (p) => engine.markMigrationApplied(as<Engine.MarkMigrationAppliedInput>(p)),
    markMigrationRolledBack: (p) => engine.markMigrationRolledBack(as<Engine.MarkMigrationRolledBackInput>(p)),
    reset: (p) => engine.reset(as<Engine.ResetInput>(p)).then(() => ({})),
    schemaPush: (p) => engine.schemaPush(as<Engine.SchemaPushInput>(p)),
    createDatabase: async (p) => {
      const url = urlOf(as<Engine.CreateDatabaseParams>(p).datasource, datasource);
      return { databaseName: await createDatabase(parseConnectionUrl(url)) };
    },
    debugPanic: async () => engine.debugPanic(),
  };
}
