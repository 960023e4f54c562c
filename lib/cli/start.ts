import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { env } from "../env";
import { defaultDataDir, projectRoot } from "../paths";
import { prepareDatabase } from "../db/prepare-database";
import { resolveAuthSecret } from "./auth-secret";
import { buildIfStale } from "./build-if-stale";
import { openDatabase } from "./open-database";

/**
 * `npm start` and `npm run dev`: a database (embedded unless DATABASE_URL is set), pending migrations, the seed, a
 * production build when the current one is missing or stale, then Next.js. It stays in front of Next.js so that
 * a Ctrl-C or SIGTERM stops the server and then the database, in that order.
 */
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[pledgeboard] ${line}`);

async function main(): Promise<void> {
  const settings = env();
  const started = Date.now();
  const authSecret = await resolveAuthSecret(settings, settings.DATA_DIR ?? defaultDataDir(), dev);
  const database = await openDatabase(log);
  let next: ChildProcess | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next && next.exitCode === null) {
      const exited = new Promise((resolve) => next?.once("exit", resolve));
      next.kill("SIGTERM");
      await exited;
    }
    await database.close();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

  try {
    const seed = await prepareDatabase(database.url);
    log(`database ready: ${seed.created} commitments seeded, ${seed.corrected} corrected, ${seed.kept} already present`);
    if (!dev) await buildIfStale(log);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
    return;
  }

  next = spawn(
    process.execPath,
    [
      `--max-old-space-size=${settings.SERVER_HEAP_MB}`,
      path.join(projectRoot, "lib/server/serve-next.mjs"),
      ...(dev ? ["--dev"] : []),
      "--port", String(settings.PORT),
      "--hostname", settings.HOST,
      "--trusted-proxy-hops", String(settings.TRUST_PROXY_HOPS),
      "--time-zone", settings.APP_TIME_ZONE,
    ],
    {
      cwd: projectRoot,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        NODE_ENV: dev ? "development" : "production",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXTAUTH_SECRET: authSecret,
        // Without a configured public URL, next-auth takes the origin from the request's Host header.
        ...(settings.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "1" }),
      },
    },
  );
  next.on("exit", (code) => void shutdown(stopping ? 0 : (code ?? 1)));
  log(`prepared in ${Date.now() - started} ms; starting the web server on port ${settings.PORT}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
