import type pg from "pg";

/** The `--datasource` argument: prisma.config.ts's datasource block, as the CLI serialises it. */
export type Datasource = { url: string; shadowDatabaseUrl?: string };

/** A database to connect to: pg settings as discrete fields (never a connection string), its name and schema. */
export type Connection = {
  pool: pg.PoolConfig;
  database: string;
  schema: string;
};

export function parseDatasource(json: string): Datasource {
  const value: unknown = JSON.parse(json);
  if (typeof value !== "object" || value === null || !("url" in value) || typeof value.url !== "string") {
    throw new Error("--datasource must be a JSON object with a string `url`");
  }
  const shadow = "shadowDatabaseUrl" in value && typeof value.shadowDatabaseUrl === "string" ? value.shadowDatabaseUrl : undefined;
  return shadow ? { url: value.url, shadowDatabaseUrl: shadow } : { url: value.url };
}

export function parseConnectionUrl(url: string): Connection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("The datasource URL is not a valid URL");
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new Error(`This schema engine speaks only PostgreSQL, not ${parsed.protocol.replace(/:$/, "")}`);
  }
  const params = parsed.searchParams;
  // pg lets a connection string override `database`; discrete fields are what let the shadow database be another one.
  const host = params.get("host") ?? (decodeURIComponent(parsed.hostname.replace(/^\[(.*)\]$/, "$1")) || "localhost");
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
  const sslmode = params.get("sslmode");
  const pool: pg.PoolConfig = {
    host,
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database,
    ssl:
      sslmode === "require" || sslmode === "verify-ca" || sslmode === "verify-full"
        ? { rejectUnauthorized: sslmode !== "require" }
        : undefined,
    connectionTimeoutMillis: Number(params.get("connect_timeout") ?? 10) * 1000,
    application_name: params.get("application_name") ?? "prisma-schema-engine-bridge",
  };
  return { pool, database, schema: params.get("schema") ?? "public" };
}
