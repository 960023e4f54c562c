import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type ConnectionInfo,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import type { Connection } from "./connection";
import { withClient } from "./admin";

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function toDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError)) return error;
  // The engine turns these fields into Prisma's own error codes and messages (P3018 and the like).
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code ?? "",
    severity: error.severity ?? "",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

/**
 * adapter-pg splits a script on every ";" and runs the pieces one by one, which cuts a PL/pgSQL function body (the
 * append-only trigger in the migrations) into invalid statements. The native engine sends a migration as one
 * simple-protocol query; this does the same.
 */
class WholeScriptAdapter implements SqlDriverAdapter {
  readonly provider = "postgres";
  readonly adapterName: string;

  constructor(
    private readonly inner: PgAdapter,
    private readonly afterDispose: () => Promise<void> = async () => undefined,
  ) {
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return this.inner.startTransaction(isolationLevel);
  }

  getConnectionInfo(): ConnectionInfo {
    return this.inner.getConnectionInfo();
  }

  async executeScript(script: string): Promise<void> {
    try {
      await this.inner.underlyingDriver().query(script);
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  }

  async dispose(): Promise<void> {
    try {
      await this.inner.dispose();
    } finally {
      await this.afterDispose();
    }
  }
}

export class BridgeAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";

  constructor(
    private readonly main: Connection,
    private readonly shadow?: Connection,
  ) {}

  async connect(): Promise<SqlDriverAdapter> {
    return new WholeScriptAdapter(await this.open(this.main));
  }

  /**
   * Replaces adapter-pg's own: that one drops the scratch database while its pool still holds a connection (so the
   * DROP fails and the database stays behind) and leaves an extra pool open on the main database.
   */
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    if (this.shadow) return new WholeScriptAdapter(await this.open(this.shadow));
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await withClient(this.main.pool, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    const scratch: Connection = { ...this.main, database: name, pool: { ...this.main.pool, database: name } };
    const dropScratch = () =>
      withClient(this.main.pool, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      ).then(() => undefined);
    try {
      return new WholeScriptAdapter(await this.open(scratch), dropScratch);
    } catch (error) {
      await dropScratch();
      throw error;
    }
  }

  private async open(connection: Connection): Promise<PgAdapter> {
    const schema = connection.schema === "public" ? undefined : connection.schema;
    return new PrismaPg({ ...connection.pool, max: 4 }, { schema }).connect();
  }
}

/** `migrate diff` between files needs no database; anything that does gets a clear message instead of a hang. */
export class NoDatasourceAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";

  connect(): Promise<SqlDriverAdapter> {
    return Promise.reject(new Error("No datasource URL: set datasource.url in prisma.config.ts"));
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.connect();
  }
}
