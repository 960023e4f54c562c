import { chromium } from "@playwright/test";
import { median, timeRounds } from "./stats";

/**
 * JavaScript bytes each public page makes a browser download, and the median time of the server's answer for each
 * page over repeated requests. Also runs alone: node --import tsx tests/bench/page-weight.ts URL
 */
export const PUBLIC_PAGES = ["/", "/commitments/cr-safe-mobility-offices-extension", "/countries/ec",
  "/pillars/lawful-pathways", "/updates", "/embed/commitments/cr-safe-mobility-offices-extension"];

export type PageWeight = { path: string; scripts: number; bytes: number; serverMs: number };

export async function measurePageWeights(base: string, rounds: number): Promise<PageWeight[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
  });
  const results: PageWeight[] = [];
  try {
    for (const path of PUBLIC_PAGES) {
      const page = await browser.newPage();
      const sizes: number[] = [];
      page.on("response", async (response) => {
        if (response.request().resourceType() !== "script") return;
        sizes.push((await response.body()).length);
      });
      await page.goto(base + path, { waitUntil: "networkidle" });
      await page.close();
      const times = await timeRounds(rounds, async () => (await fetch(base + path)).arrayBuffer());
      results.push({ path, scripts: sizes.length, bytes: sizes.reduce((sum, size) => sum + size, 0), serverMs: median(times) });
    }
  } finally {
    await browser.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log("page\tjs_files\tjs_bytes\tserver_ms_median");
  for (const row of await measurePageWeights(process.argv[2] ?? "http://127.0.0.1:3000", 30)) {
    console.log(`${row.path}\t${row.scripts}\t${row.bytes}\t${row.serverMs.toFixed(1)}`);
  }
}
