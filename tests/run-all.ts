import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * `npm test`: unit and integration tests (Vitest), then the end-to-end tests (Playwright), each with its usual
 * output, and last one line with the totals over all three, so a run that executed nothing shows as such.
 */
type Totals = { passed: number; failed: number; skipped: number };

const root = path.resolve(import.meta.dirname, "..");
const onlyLayer = process.argv[2];

/**
 * The suites behind `npm run test:security` and `npm run test:faults` (docs/security.md); all run in `npm test`. A
 * test file belongs to a group by a line `// @security` (or `// @faults`) among its first lines, so a new suite
 * joins its group where it is written, not in a list kept here.
 */
const GROUP_NAMES = ["security", "faults"];
const LAYERS = [{ dir: "tests/unit", runner: "vitest" }, { dir: "tests/integration", runner: "vitest" },
  { dir: "tests/e2e", runner: "playwright" }] as const;

async function groupFiles(group: string): Promise<{ vitest: string[]; playwright: string[] }> {
  const files = { vitest: [] as string[], playwright: [] as string[] };
  for (const { dir, runner } of LAYERS) {
    for (const name of (await readdir(path.join(root, dir))).sort()) {
      if (!/\.(test|spec)\.ts$/.test(name)) continue;
      const head = (await readFile(path.join(root, dir, name), "utf8")).split("\n", 10).join("\n");
      if (new RegExp(`^// @${group}\\b`, "m").test(head)) files[runner].push(`${dir}/${name}`);
    }
  }
  return files;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, command), ...args], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };

async function vitest(reportDir: string, projects: string[], files: string[] = []): Promise<Totals & { code: number }> {
  const report = path.join(reportDir, "vitest.json");
  const code = await run("node_modules/vitest/vitest.mjs", [
    "run", ...projects.flatMap((name) => ["--project", name]), ...files,
    "--reporter=default", "--reporter=json", `--outputFile.json=${report}`,
  ]);
  const parsed = await readJson<VitestReport>(report);
  return {
    code,
    passed: parsed?.numPassedTests ?? 0,
    failed: parsed ? parsed.numFailedTests : 1,
    skipped: (parsed?.numPendingTests ?? 0) + (parsed?.numTodoTests ?? 0),
  };
}

type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };

async function playwright(reportDir: string, files: string[] = []): Promise<Totals & { code: number }> {
  const report = path.join(reportDir, "playwright.json");
  const code = await run("node_modules/@playwright/test/cli.js", ["test", "--reporter=list,json", ...files], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  });
  const parsed = await readJson<PlaywrightReport>(report);
  return {
    code,
    passed: parsed ? parsed.stats.expected + parsed.stats.flaky : 0,
    failed: parsed ? parsed.stats.unexpected : 1,
    skipped: parsed?.stats.skipped ?? 0,
  };
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const reportDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-reports-"));
  const results: (Totals & { code: number })[] = [];
  try {
    const group = onlyLayer && GROUP_NAMES.includes(onlyLayer) ? await groupFiles(onlyLayer) : undefined;
    if (onlyLayer === "unit" || onlyLayer === "integration") results.push(await vitest(reportDir, [onlyLayer]));
    else if (onlyLayer === "e2e") results.push(await playwright(reportDir));
    else if (group) {
      // An empty list would make either runner run every test it has, so a group without files of a runner skips it.
      if (group.vitest.length > 0) results.push(await vitest(reportDir, ["unit", "integration"], group.vitest));
      if (group.playwright.length > 0) results.push(await playwright(reportDir, group.playwright));
    } else if (onlyLayer) throw new Error(`Unknown test layer "${onlyLayer}": unit, integration, e2e, security or faults.`);
    else {
      results.push(await vitest(reportDir, ["unit", "integration"]));
      results.push(await playwright(reportDir));
    }
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
  const total = results.reduce(
    (sum, result) => ({
      passed: sum.passed + result.passed,
      failed: sum.failed + result.failed,
      skipped: sum.skipped + result.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  // A runner that crashed before reporting counts as a failure even when it reported no failed test.
  const crashed = results.some((result) => result.code !== 0) && total.failed === 0 ? 1 : 0;
  const failed = total.failed + crashed;
  console.log(`\n${total.passed} passed, ${failed} failed` + (total.skipped ? `, ${total.skipped} skipped` : ""));
  process.exit(failed > 0 || total.passed === 0 ? 1 : 0);
}

void main();
