import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React's server build; in tests the server modules run in plain Node.
      "server-only": path.join(root, "tests/support/server-only-stub.ts"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 },
          // A few unit tests start a command-line tool through tsx, which takes seconds when the two cores are busy;
          // 5 s failed them under load with nothing wrong.
          testTimeout: 30_000,
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          // Signs nothing that leaves the test process; the app makes or requires a real one (lib/cli/auth-secret.ts).
          env: { NEXTAUTH_SECRET: "integration-tests-only-secret-0123456789abcdef" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: more workers than that only queue on PostgreSQL.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
