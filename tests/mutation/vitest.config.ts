import path from "node:path";
import { defineConfig } from "vitest/config";
import base from "../../vitest.config";

/**
 * The Vitest setup Stryker drives (tests/mutation/run.ts): the usual projects, each narrowed to the test files named
 * in MUTATION_TEST_FILES (comma separated), so a scope's dry run skips the slow suites that cover none of its code.
 */
const root = path.resolve(import.meta.dirname, "../..");
const files = (process.env.MUTATION_TEST_FILES ?? "").split(",").filter(Boolean);

export default defineConfig({
  root,
  test: {
    projects: (base.test?.projects ?? []).flatMap((project) => {
      if (typeof project !== "object" || !("test" in project) || !project.test) return [];
      const include = files.filter((file) => file.startsWith(`tests/${project.test?.name}/`));
      // Instrumented code runs slower, and the machine is shared: a test near the 5 s default (the 10,000-row import
      // cap) must not fail the dry run for that alone.
      const testTimeout = Math.max(project.test.testTimeout ?? 0, 30_000);
      return include.length ? [{ ...project, root, test: { ...project.test, include, testTimeout } }] : [];
    }),
  },
});
