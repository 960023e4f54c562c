// @faults
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { spawnStart, startApp, type AppProcess } from "../support/app-process";
import { withAppDatabase } from "../support/e2e-database";
import { makeUser } from "../support/users";

test.describe.configure({ timeout: 240_000 });

/** The web server process (lib/server/serve-next.mjs) that `npm start` runs as its child. */
async function webServerPid(startPid: number): Promise<number> {
  const children = (await readFile(`/proc/${startPid}/task/${startPid}/children`, "utf8")).trim().split(/\s+/);
  for (const child of children) {
    const commandLine = await readFile(`/proc/${child}/cmdline`, "utf8").catch(() => "");
    if (commandLine.includes("serve-next.mjs")) return Number(child);
  }
  throw new Error(`npm start (pid ${startPid}) has no web server child among ${children.join(", ")}`);
}

/** Ends what a failed test may leave behind: the start script, then the embedded PostgreSQL of its data folder. */
async function cleanUp(app: AppProcess | undefined, dataDir: string): Promise<void> {
  if (app && app.child.exitCode === null && app.child.signalCode === null) app.child.kill("SIGKILL");
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  if (existsSync(pidFile)) {
    const [pid] = (await readFile(pidFile, "utf8")).split("\n");
    try {
      process.kill(Number(pid), "SIGINT");
    } catch {
      // Already gone.
    }
    await expect.poll(() => existsSync(pidFile), { timeout: 20_000 }).toBe(false);
  }
  await rm(dataDir, { recursive: true, force: true });
}

test("npm start exits non-zero when its web server is killed, and stops its embedded PostgreSQL", async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-server-killed-"));
  let app: AppProcess | undefined;
  try {
    app = await startApp({ dataDir });
    const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
    expect(existsSync(pidFile)).toBe(true);

    process.kill(await webServerPid(app.child.pid ?? 0), "SIGKILL");

    // A supervisor restarts what exits: npm start must not linger with nothing listening.
    await expect.poll(() => app?.child.exitCode, { timeout: 20_000 }).not.toBeNull();
    expect(await app.exited).not.toBe(0);
    expect(app.output()).toContain("the web server stopped (killed by SIGKILL)");
    // Stopped cleanly: PostgreSQL removes its pid file only on an orderly shutdown.
    expect(existsSync(pidFile)).toBe(false);
    expect(await readdir(path.join(dataDir, "postgres"))).toContain("PG_VERSION");
  } finally {
    await cleanUp(app, dataDir);
  }
});

test("a second npm start on a taken port says which port is in use and exits non-zero; the first keeps serving",
  async ({ request }) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-port-taken-"));
    let first: AppProcess | undefined;
    try {
      first = await startApp({ dataDir });
      const port = Number(new URL(first.baseUrl).port);
      const second = spawnStart({ dataDir, port });
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(`port ${port} is in use`);
      expect(second.output()).toContain("set PORT");
      expect(second.output()).not.toContain("EADDRINUSE");
      expect((await request.get(first.baseUrl + "/api/health")).status()).toBe(200);
    } finally {
      await first?.stop();
      await cleanUp(first, dataDir);
    }
  });

test("the start log ends with the command that makes the first admin while no staff account exists, and only then",
  async () => {
    const command = "npm run user -- add --email you@example.org --role admin";
    const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-first-admin-"));
    let app: AppProcess | undefined;
    try {
      app = await startApp({ dataDir });
      await expect.poll(() => app?.output() ?? "", { timeout: 10_000 }).toContain(command);
      const ready = app.output().indexOf("server ready on");
      expect(ready).toBeGreaterThan(-1);
      expect(app.output().indexOf(command)).toBeGreaterThan(ready);
      await withAppDatabase(dataDir, (prisma) => makeUser(prisma, "ADMIN"));
      expect(await app.stop()).toBe(0);

      app = await startApp({ dataDir });
      await expect.poll(() => app?.output() ?? "", { timeout: 10_000 }).toContain("server ready on");
      expect(app.output()).not.toContain(command);
    } finally {
      await app?.stop();
      await cleanUp(app, dataDir);
    }
  });
