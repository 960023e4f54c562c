import pg from "pg";

/** One short-lived connection, for the statements the engine leaves to its host (CREATE/DROP DATABASE). */
export async function withClient<T>(config: pg.ClientConfig, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
