import { readdirSync } from "node:fs";
import { chromium as playwrightBrowsers, defineConfig } from "@playwright/test";
import { findChromium } from "./tests/support/find-chromium";

// The system's Chromium first (no download needed), else Playwright's own when `npx playwright install chromium`
// fetched it; only when neither exists does loading this file stop, with the command that installs one.
const chromium = findChromium({
  chromiumPath: process.env.CHROMIUM_PATH,
  systemChromium: "/usr/bin/chromium",
  pathVariable: process.env.PATH,
  playwrightChromium: playwrightBrowsers.executablePath(),
});

const port = Number(process.env.E2E_PORT ?? 3100);
export const e2eDataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";

/**
 * E2E_ORDER=reverse runs the files last to first on the one shared database (one project per file; one worker takes
 * them in the order declared): files that change shared data must restore it (tests/support/e2e-database.ts), so any
 * order passes.
 */
const reversed = process.env.E2E_ORDER === "reverse"
  ? readdirSync("tests/e2e").filter((file) => file.endsWith(".spec.ts")).sort().reverse()
  : undefined;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  projects: reversed?.map((file) => ({ name: file, testMatch: file })),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    // The production path a user takes: `npm start` builds when needed, migrates, seeds and serves.
    command: `rm -rf ${e2eDataDir} && npm start`,
    env: { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: e2eDataDir },
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
