import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { Stryker } from "@stryker-mutator/core";

/**
 * `npm run test:mutation [-- --incremental] [--static] [--scope core|auth|data] [--mutate glob,...]
 * [--concurrency N]`: StrykerJS seeds small bugs into lib/domain and lib/validation (scope "core": the unit tests),
 * lib/auth (scope "auth": unit tests and the sign-in and action integration files) and the data-layer files below
 * (scope "data": integration tests on real PostgreSQL), then prints the mutation score per folder and every surviving
 * mutant. `--incremental` reuses the last run's results for unchanged code and tests
 * (reports/mutation/<scope>.incremental.json), which makes a day-to-day run take minutes instead of the better part of
 * an hour. Not part of `npm test`: see docs/testing.md for the recorded run and its time.
 */
type Scope = { mutate: string[]; testFiles: string[] };
type MutantResult = Awaited<ReturnType<Stryker["runMutationTest"]>>[number];
type StrykerOptions = NonNullable<ConstructorParameters<typeof Stryker>[0]>;

const SCOPES: Record<string, Scope> = {
  // Pure code: the unit tests alone, fast enough to run every mutant.
  core: {
    mutate: ["lib/domain/**/*.ts", "lib/validation/**/*.ts"],
    testFiles: ["tests/unit/*.test.ts"],
  },
  // Sign-in and the session guard only run against a database. The action matrix is left out: it finds the app's
  // actions by reading their source files, and finds none in Stryker's sandbox copy, so its dry run fails.
  auth: {
    mutate: ["lib/auth/**/*.ts"],
    testFiles: [
      "tests/unit/*.test.ts",
      "tests/integration/sign-in.test.ts",
      "tests/integration/auth-guards.test.ts",
      "tests/integration/oversized-and-throttling.test.ts",
      "tests/integration/progress-actions.test.ts",
    ],
  },
  // The data-layer files behind the public visibility rules, the deadline reads and the update log.
  data: {
    mutate: ["lib/data/public-commitments.ts", "lib/data/commitment-query.ts", "lib/data/progress-updates.ts"],
    testFiles: [
      "tests/integration/public-reads.test.ts",
      "tests/integration/deadline-reads.test.ts",
      "tests/integration/progress-actions.test.ts",
      // The list filters (search, source, country, status) and the counts are asserted here, through the same reads.
      "tests/integration/accent-search.test.ts",
      "tests/integration/source-filter.test.ts",
      "tests/integration/public-counts.test.ts",
      "tests/integration/security-data.test.ts",
      "tests/integration/public-detail.test.ts",
    ],
  },
};

const root = path.resolve(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const incremental = args.includes("--incremental");
// Static mutants (module-level constants and schemas) force every covering test file to be reloaded per mutant: on
// two cores they add well over an hour to the core scope, so they are skipped unless asked for.
const withStatic = args.includes("--static");
const concurrency = Number(option("--concurrency") ?? 2);
const scopeNames = option("--scope") ? [option("--scope") as string] : Object.keys(SCOPES);

/** Killed and timed-out mutants over all that ran or had no test: Stryker's "mutation score", per folder. */
function scoreLine(folder: string, results: MutantResult[]): string {
  const count = (...statuses: string[]) => results.filter((result) => statuses.includes(result.status)).length;
  const ignored = count("Ignored");
  const detected = count("Killed", "Timeout");
  const undetected = count("Survived", "NoCoverage");
  const score = detected + undetected ? (100 * detected) / (detected + undetected) : 100;
  return `${folder.padEnd(16)} ${score.toFixed(1).padStart(5)}%  killed ${detected}, survived ${count("Survived")}, ` +
    `no coverage ${count("NoCoverage")}, errors ${count("CompileError", "RuntimeError")}` +
    (ignored ? `, static skipped ${ignored}` : "");
}

function folderOf(fileName: string): string {
  return path.dirname(path.relative(root, fileName));
}

async function runScope(name: string, scope: Scope): Promise<MutantResult[]> {
  process.env.MUTATION_TEST_FILES = scope.testFiles.join(",");
  // One report per scope and --mutate selection: Stryker's report (and so its incremental file) holds only the files
  // of its own run, so file-by-file runs each keep theirs, and survivors.ts merges them, the newest per file winning.
  const selection = option("--mutate");
  const reportName = selection ? selection.replace(/[^\w.-]+/g, "_") : "all";
  const reportDir = path.join(root, "reports/mutation", name);
  await mkdir(reportDir, { recursive: true });
  const options: StrykerOptions = {
    mutate: selection?.split(",") ?? scope.mutate,
    testRunner: "vitest",
    plugins: ["@stryker-mutator/vitest-runner"],
    vitest: { configFile: "tests/mutation/vitest.config.ts" },
    coverageAnalysis: "perTest",
    concurrency,
    reporters: ["progress", "json"],
    jsonReporter: { fileName: path.join(reportDir, `${reportName}.json`) },
    incremental,
    incrementalFile: path.join(reportDir, `${reportName}.incremental.json`),
    ignorePatterns: [".next", ".data", "reports", "backups", "test-results", "playwright-report", ".stryker-tmp"],
    tempDirName: ".stryker-tmp",
    cleanTempDir: "always",
    timeoutMS: 10_000,
    // The data scope's first run of its integration files takes minutes on a shared machine (Stryker's default is 5).
    dryRunTimeoutMinutes: 30,
    ignoreStatic: !withStatic,
  };
  return new Stryker(options).runMutationTest();
}

async function main(): Promise<void> {
  const started = Date.now();
  const lines: string[] = [];
  const survivors: string[] = [];
  for (const name of scopeNames) {
    const scope = SCOPES[name];
    if (!scope) throw new Error(`Unknown scope "${name}": ${Object.keys(SCOPES).join(" or ")}.`);
    const results = await runScope(name, scope);
    const folders = [...new Set(results.map((result) => folderOf(result.fileName)))].sort();
    for (const folder of folders) lines.push(scoreLine(folder, results.filter((r) => folderOf(r.fileName) === folder)));
    for (const result of results.filter((r) => r.status === "Survived" || r.status === "NoCoverage")) {
      const where = `${path.relative(root, result.fileName)}:${result.location.start.line}`;
      survivors.push(`${result.status.padEnd(10)} ${where} ${result.mutatorName}: ${result.replacement.replace(/\s+/g, " ").slice(0, 80)}`);
    }
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const summary = [`Mutation score per folder (${minutes} min${incremental ? ", incremental" : ""}):`, ...lines,
    "", `Surviving mutants (${survivors.length}):`, ...survivors].join("\n");
  await writeFile(path.join(root, "reports/mutation/summary.txt"), summary + "\n");
  console.log(`\n${summary}`);
}

void main();
