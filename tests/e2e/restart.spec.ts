// @faults
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startEmbeddedServer } from "../../lib/db/embedded-server";
import { startApp } from "../support/app-process";
import { withAppDatabase } from "../support/e2e-database";

test.describe.configure({ timeout: 240_000 });

test("a restart of npm start keeps a row written before it and leaves no server behind", async ({ page }) => {
  const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-restart-"));
  try {
    const first = await startApp({ dataDir });
    const joined = await withAppDatabase(dataDir, async (prisma) => {
      const commitment = await prisma.commitment.findUniqueOrThrow({ where: { key: "cr-safe-mobility-offices-extension" } });
      // As staff write: the edit comes with its own STAFF history entry, so the seed's corrections at start-up,
      // which rewrite only commitments whose history holds seed entries alone, leave it as it is.
      const version = commitment.version + 1;
      await prisma.commitment.update({
        where: { id: commitment.id },
        data: { title: "Costa Rica keeps Safe Mobility Offices open (edited before restart)", version },
      });
      await prisma.progressUpdate.create({ data: { commitmentId: commitment.id, source: "STAFF", visibility: "PUBLIC",
        version, note: "Title edited before restart" } });
      return commitment.id;
    });
    expect(joined).toBeTruthy();
    expect(await first.stop("SIGTERM")).toBe(0);
    expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);

    const second = await startApp({ dataDir });
    try {
      expect(second.output()).toContain("0 commitments seeded");
      await page.goto(second.baseUrl + "/");
      await expect(page.locator('[data-commitment="cr-safe-mobility-offices-extension"]'))
        .toContainText("Costa Rica keeps Safe Mobility Offices open (edited before restart)");
    } finally {
      await second.stop("SIGINT");
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test("/api/health and the pages turn 503 when the database stops, and work again when it is back", async ({ request }) => {
  const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-health-"));
  const app = await startApp({ dataDir });
  try {
    expect((await request.get(app.baseUrl + "/api/health")).status()).toBe(200);
    const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
    const [pidLine, , , portLine] = (await readFile(pidFile, "utf8")).split("\n");
    process.kill(Number(pidLine), "SIGINT");
    await expect.poll(() => existsSync(pidFile), { timeout: 20_000 }).toBe(false);

    const down = await request.get(app.baseUrl + "/api/health");
    expect(down.status()).toBe(503);
    expect(await down.json()).toEqual({ status: "unavailable", database: "unreachable" });
    for (const page of ["/", "/commitments/cr-safe-mobility-offices-extension", "/admin"]) {
      await expect.poll(async () => (await request.get(app.baseUrl + page)).status(), { timeout: 5_000 }).toBe(503);
      expect(await (await request.get(app.baseUrl + page)).text()).toContain("temporarily unavailable");
    }

    const restarted = await startEmbeddedServer({ dataDir, port: Number(portLine) });
    try {
      await expect.poll(async () => (await request.get(app.baseUrl + "/api/health")).status(), { timeout: 20_000 })
        .toBe(200);
      await expect.poll(async () => (await request.get(app.baseUrl + "/")).status(), { timeout: 5_000 }).toBe(200);
    } finally {
      await app.stop();
      await restarted.stop();
    }
  } finally {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test("an embedded PostgreSQL killed with SIGKILL recovers at the next npm start with every committed update", async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-crash-"));
  try {
    const first = await startApp({ dataDir });
    const notes = await withAppDatabase(dataDir, async (prisma) => {
      const commitment = await prisma.commitment.findUniqueOrThrow({ where: { key: "uy-regularization-decrees" } });
      const written: string[] = [];
      for (let index = 0; index < 5; index += 1) {
        const version = commitment.version + index + 1;
        await prisma.commitment.update({ where: { id: commitment.id }, data: { version } });
        const update = await prisma.progressUpdate.create({ data: { commitmentId: commitment.id, source: "STAFF",
          visibility: "PUBLIC", version, note: `Committed before the crash ${index}`, evidenceUrls: [] } });
        written.push(update.id);
      }
      return written;
    });
    const [pidLine] = (await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")).split("\n");
    process.kill(Number(pidLine), "SIGKILL");
    await first.stop("SIGTERM");

    const second = await startApp({ dataDir });
    try {
      const found = await withAppDatabase(dataDir, (prisma) =>
        prisma.progressUpdate.count({ where: { id: { in: notes } } }));
      expect(found).toBe(5);
      expect((await fetch(second.baseUrl + "/commitments/uy-regularization-decrees")).status).toBe(200);
    } finally {
      await second.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
