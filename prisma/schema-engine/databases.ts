import type pg from "pg";
import { withClient } from "./admin";
import { connectionError } from "./connection-errors";
import type { Connection } from "./connection";

/** CREATE and DROP DATABASE cannot run on the database itself, so they go through the server's `postgres` database. */
function maintenance(connection: Connection): pg.ClientConfig {
  return { ...connection.pool, database: connection.database === "postgres" ? "template1" : "postgres" };
}

async function attempt<T>(config: pg.ClientConfig, work: (client: pg.Client) => Promise<T>): Promise<T> {
  try {
    return await withClient(config, work);
  } catch (error) {
    throw connectionError(error, config);
  }
}

export async function canConnect(connection: Connection): Promise<void> {
  await attempt(connection.pool, (client) => client.query("SELECT 1"));
}

export async function createDatabase(connection: Connection): Promise<string> {
  await attempt(maintenance(connection), (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(connection.database)}`),
  );
  return connection.database;
}

export async function dropDatabase(connection: Connection): Promise<void> {
  await attempt(maintenance(connection), (client) =>
    client.query(`DROP DATABASE ${client.escapeIdentifier(connection.database)}`),
  );
}
