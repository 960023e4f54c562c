import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../paths";
import { isProcessAlive } from "../process-alive";

/** What a production build is made from; a change to any of it makes the build stale. */
const SOURCES = ["app", "components", "lib", "prisma/schema.prisma", "next.config.js", "postcss.config.mjs",
  "proxy.ts", "instrumentation-client.ts",
  "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["generated", "node_modules", ".next"]);
const STAMP = path.join(projectRoot, ".next", "pledgeboard-sources.sha256");

const LOCK = path.join(projectRoot, ".next-build.lock");

export async function buildIfStale(log: (line: string) => void): Promise<void> {
  const digest = await sourceDigest();
  if (await isCurrent(digest)) return;
  await withBuildLock(log, async () => {
    // Another start may have built these very sources while this one waited for the lock.
    if (await isCurrent(digest)) return;
    log((await readBuildId()) ? "sources changed since the last build: building again" : "no production build yet: building");
    await runNextBuild();
    await writeFile(STAMP, digest + "\n");
  });
}

async function readBuildId(): Promise<string> {
  return readFile(path.join(projectRoot, ".next", "BUILD_ID"), "utf8").catch(() => "");
}

async function isCurrent(digest: string): Promise<boolean> {
  const stamp = await readFile(STAMP, "utf8").catch(() => "");
  return Boolean(await readBuildId()) && stamp.trim() === digest;
}

/** Two starts at once (two test runs, say) must not build into the same .next folder together. */
async function withBuildLock(log: (line: string) => void, work: () => Promise<void>): Promise<void> {
  for (let announced = false; ; ) {
    try {
      await mkdir(LOCK);
      await writeFile(path.join(LOCK, "pid"), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(await readFile(path.join(LOCK, "pid"), "utf8").catch(() => "0"));
      if (holder > 0 && !isProcessAlive(holder)) {
        await rm(LOCK, { recursive: true, force: true });
        continue;
      }
      if (!announced) log(`another build is running (process ${holder || "starting"}): waiting for it`);
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}


async function sourceDigest(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of (await Promise.all(SOURCES.map((entry) => listFiles(path.join(projectRoot, entry))))).flat()) {
    hash.update(path.relative(projectRoot, file));
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

async function listFiles(entry: string): Promise<string[]> {
  const items = await readdir(entry, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOTDIR") return null;
    if (error.code === "ENOENT") return [];
    throw error;
  });
  if (items === null) return [entry];
  const nested = await Promise.all(
    items
      .filter((item) => !SKIP.has(item.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((item) => (item.isDirectory() ? listFiles(path.join(entry, item.name)) : [path.join(entry, item.name)])),
  );
  return nested.flat();
}

function runNextBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"], {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit code ${code})`))));
  });
}
