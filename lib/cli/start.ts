import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { env } from "../env";
import { defaultDataDir, projectRoot } from "../paths";
import { prepareDatabase } from "../db/prepare-database";
import { resolveAuthSecret } from "./auth-secret";
import { buildIfStale } from "./build-if-stale";
import { openDatabase } from "./open-database";
import { isPortFree, portInUseMessage } from "./port-in-use";

/**
 * `npm start` and `npm run dev`: a database (embedded unless DATABASE_URL is set), pending migrations, the seed, a
 * production build when the current one is missing or stale, then Next.js. It stays in front of Next.js so that
 * a Ctrl-C or SIGTERM stops the server and then the database, in that order, and so that a web server that dies
 * (killed, out of memory) takes `npm start` down with it, non-zero, for a supervisor to restart.
 */
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[pledgeboard] ${line}`);

/** What the web server (lib/server/serve-next.mjs) tells this process over the IPC channel. */
type ServerMessage = { type: "listening" } | { type: "port-in-use" };

const FIRST_ADMIN_HINT = "no staff account exists yet; make the first admin with:\n" +
  "  npm run user -- add --email you@example.org --role admin";

async function main(): Promise<void> {
  const settings = env();
  const started = Date.now();
  if (!(await isPortFree(settings.PORT, settings.HOST))) {
    console.error(`[pledgeboard] ${portInUseMessage(settings.PORT)}`);
    process.exit(1);
  }
  const authSecret = await resolveAuthSecret(settings, settings.DATA_DIR ?? defaultDataDir(), dev);
  // Checking (and when stale, making) the build needs no database: it runs while PostgreSQL starts.
  const build = dev ? Promise.resolve() : buildIfStale(log);
  build.catch(() => undefined);
  const database = await openDatabase(log);
  let next: ChildProcess | undefined;
  let nextExited: Promise<unknown> = Promise.resolve();
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // A child killed by a signal has exitCode null and signalCode set: it is gone, and its exit event has fired.
    if (next && next.exitCode === null && next.signalCode === null) next.kill("SIGTERM");
    await nextExited;
    await database.close();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

  try {
    await build;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
    return;
  }

  // Next.js loads while the database is migrated and seeded; it listens once told the database is ready.
  next = spawn(
    process.execPath,
    [
      `--max-old-space-size=${settings.SERVER_HEAP_MB}`,
      path.join(projectRoot, "lib/server/serve-next.mjs"),
      ...(dev ? ["--dev"] : []),
      "--wait-for-database",
      "--port", String(settings.PORT),
      "--hostname", settings.HOST,
      "--trusted-proxy-hops", String(settings.TRUST_PROXY_HOPS),
      "--time-zone", settings.APP_TIME_ZONE,
    ],
    {
      cwd: projectRoot,
      stdio: ["inherit", "inherit", "inherit", "ipc"],
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        NODE_ENV: dev ? "development" : "production",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXTAUTH_SECRET: authSecret,
        // Without a configured public URL, next-auth takes the origin from the request's Host header (or from the
        // X-Forwarded-Host of a trusted proxy: serve-next.mjs drops a client's own when TRUST_PROXY_HOPS is 0).
        ...(settings.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "1" }),
      },
    },
  );
  const child = next;
  nextExited = new Promise((resolve) => child.once("exit", resolve));
  let users = 0;
  child.on("message", (message: ServerMessage) => {
    if (message.type === "port-in-use") console.error(`[pledgeboard] ${portInUseMessage(settings.PORT)}`);
    if (message.type === "listening" && users === 0) log(FIRST_ADMIN_HINT);
  });
  child.on("exit", (code, signal) => {
    if (stopping) return;
    log(`the web server stopped (${signal ? `killed by ${signal}` : `exit code ${code}`}); stopping the database`);
    void shutdown(code || 1);
  });

  try {
    const prepared = await prepareDatabase(database.url);
    log(`database ready: ${prepared.created} commitments seeded, ${prepared.corrected} corrected, ${prepared.kept} already present, ${prepared.translated} translations added or corrected`);
    users = prepared.users;
  } catch (error) {
    if (stopping) return;
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
    return;
  }
  if (stopping) return;
  child.send({ type: "database-ready" });
  log(`prepared in ${Date.now() - started} ms; the web server listens on port ${settings.PORT}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
