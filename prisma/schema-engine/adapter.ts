import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
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
import { withClient } from "./admin";
import { restoreCharColumns } from "./char-columns";
import type { Connection } from "./connection";

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * The engine shows an adapter's plain JS errors only as "External error id#N"; in this shape it shows the message
 * (and, for PostgreSQL's own errors, names what failed: "No such table: ...").
 */
function toDriverAdapterError(error: unknown): unknown {
  if (error instanceof DriverAdapterError) return error;
  const database = error instanceof pg.DatabaseError ? error : undefined;
  return new DriverAdapterError({
    kind: "postgres",
    // 08001: SQL client unable to establish SQL connection, for the errors of this bridge's own making.
    code: database?.code ?? "08001",
    severity: database?.severity ?? "ERROR",
    message: error instanceof Error ? error.message : String(error),
    detail: database?.detail,
    column: database?.column,
    hint: database?.hint,
  });
}

/** A transaction of adapter-pg whose results report `"char"` columns as characters (see char-columns.ts). */
class CharAwareTransaction implements Transaction {
  readonly provider = "postgres";
  readonly adapterName: string;
  readonly options: Transaction["options"];

  constructor(private readonly inner: Transaction) {
    this.adapterName = inner.adapterName;
    this.options = inner.options;
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return restoreCharColumns(await this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  commit(): Promise<void> {
    return this.inner.commit();
  }

  rollback(): Promise<void> {
    return this.inner.rollback();
  }

  async createSavepoint(name: string): Promise<void> {
    await this.inner.createSavepoint?.(name);
  }

  async rollbackToSavepoint(name: string): Promise<void> {
    await this.inner.rollbackToSavepoint?.(name);
  }

  async releaseSavepoint(name: string): Promise<void> {
    await this.inner.releaseSavepoint?.(name);
  }
}

/**
 * An adapter-pg connection with two corrections: `"char"` columns come back as characters (see char-columns.ts),
 * and scripts run whole. adapter-pg splits a script on every ";" and runs the pieces one by one, which cuts a
 * PL/pgSQL function body (the append-only trigger in the migrations) into invalid statements. The native engine
 * sends a migration as one simple-protocol query (one implicit transaction, so a failing migration leaves nothing
 * half-applied); this does the same.
 */
class BridgeAdapter implements SqlDriverAdapter {
  readonly provider = "postgres";
  readonly adapterName: string;

  constructor(
    private readonly inner: PgAdapter,
    private readonly afterDispose: () => Promise<void> = async () => undefined,
  ) {
    this.adapterName = inner.adapterName;
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return restoreCharColumns(await this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return new CharAwareTransaction(await this.inner.startTransaction(isolationLevel));
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
    return new BridgeAdapter(await this.open(this.main));
  }

  /**
   * Replaces adapter-pg's own: that one drops the scratch database while its pool still holds a connection (so the
   * DROP fails and the database stays behind) and leaves an extra pool open on the main database.
   */
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    try {
      return await this.openShadowDb();
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  }

  private async openShadowDb(): Promise<SqlDriverAdapter> {
    if (this.shadow) {
      // A shadow database of the user's (shadowDatabaseUrl) is emptied before and after, as the native engine does:
      // the engine replays the whole migration history on it and assumes it starts from nothing.
      const shadow = this.shadow;
      const empty = () =>
        withClient(shadow.pool, (client) => {
          const schema = client.escapeIdentifier(shadow.schema);
          return client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
        }).then(() => undefined);
      await empty();
      return new BridgeAdapter(await this.open(shadow), empty);
    }
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await withClient(this.main.pool, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    const scratch: Connection = { ...this.main, database: name, pool: { ...this.main.pool, database: name } };
    const dropScratch = () =>
      withClient(this.main.pool, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      ).then(() => undefined);
    try {
      return new BridgeAdapter(await this.open(scratch), dropScratch);
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

const noDatasource = () =>
  toDriverAdapterError(new Error("No datasource URL: set datasource.url in prisma.config.ts (DATABASE_URL)"));

/**
 * Stands for the database when there is none. The engine probes the server once when it starts (schema exists,
 * version); that probe is answered as a current PostgreSQL would, and anything that really needs a database fails.
 */
class NoDatabaseAdapter implements SqlDriverAdapter {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (!query.sql.startsWith("SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = $1), version()")) {
      throw noDatasource();
    }
    return {
      columnNames: ["exists", "version", "numeric_version"],
      columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
      rows: [[true, "PostgreSQL 18 (no database connected)", 180000]],
    };
  }

  executeRaw(): Promise<number> {
    return Promise.reject(noDatasource());
  }

  executeScript(): Promise<void> {
    return Promise.reject(noDatasource());
  }

  startTransaction(): Promise<Transaction> {
    return Promise.reject(noDatasource());
  }

  async dispose(): Promise<void> {}
}

/** `migrate diff` between files needs no database, so the engine must start without one. */
export class NoDatasourceAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";

  async connect(): Promise<SqlDriverAdapter> {
    return new NoDatabaseAdapter();
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return Promise.reject(noDatasource());
  }
}
