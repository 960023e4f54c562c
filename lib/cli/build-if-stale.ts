import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../paths";

/** What a production build is made from; a change to any of it makes the build stale. */
const SOURCES = ["app", "components", "lib", "prisma/schema.prisma", "next.config.js", "postcss.config.mjs",
  "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["generated", "node_modules", ".next"]);
const STAMP = path.join(projectRoot, ".next", "pledgeboard-sources.sha256");

export async function buildIfStale(log: (line: string) => void): Promise<void> {
  const digest = await sourceDigest();
  const stamp = await readFile(STAMP, "utf8").catch(() => "");
  const buildId = await readFile(path.join(projectRoot, ".next", "BUILD_ID"), "utf8").catch(() => "");
  if (buildId && stamp.trim() === digest) return;
  log(buildId ? "sources changed since the last build: building again" : "no production build yet: building");
  await runNextBuild();
  await writeFile(STAMP, digest + "\n");
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
