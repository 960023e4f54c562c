import { chromium } from "@playwright/test";

/**
 * JavaScript bytes each public page makes a browser download (as sent, after compression), and the median time of
 * the server's answer for each page over repeated requests. Usage: node --import tsx tests/bench/page-weight.ts URL
 */
const base = process.argv[2] ?? "http://127.0.0.1:3000";
const PAGES = ["/", "/commitments/cr-safe-mobility-offices-extension", "/countries/ec", "/pillars/lawful-pathways",
  "/updates", "/embed/commitments/cr-safe-mobility-offices-extension"];
const ROUNDS = 30;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run"],
});
console.log("page\tjs_files\tjs_bytes\tserver_ms_median");
for (const path of PAGES) {
  const page = await browser.newPage();
  const sizes: number[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const length = Number(response.headers()["content-length"] ?? (await response.body()).length);
    sizes.push(length);
  });
  await page.goto(base + path, { waitUntil: "networkidle" });
  await page.close();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    const response = await fetch(base + path);
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  console.log(`${path}\t${sizes.length}\t${sizes.reduce((sum, size) => sum + size, 0)}\t${median(times).toFixed(1)}`);
}
await browser.close();
