import { chromium } from "@playwright/test";
import { runAutocannon, type LoadResult } from "./http-load";
import { percentile } from "./stats";

export type SaveUnderLoad = { idleMs: number[]; loadedMs: number[]; readers: LoadResult };

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-quic"];

/**
 * A staff member's save as they feel it, from the click on "Save update" to the confirmation, in Chromium: `saves`
 * times on an idle server, then as many while `readers` connections load `/` from a second process. Each save is a
 * public note on `key` through the real form and server action.
 */
export async function measureSaveUnderLoad(options: {
  appUrl: string; email: string; password: string; key: string; readers: number; saves: number;
}): Promise<SaveUnderLoad> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ baseURL: options.appUrl })).newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(options.email);
    await page.getByLabel("Password").fill(options.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));

    const timeSaves = async (label: string): Promise<number[]> => {
      const times: number[] = [];
      for (let save = 0; save < options.saves; save += 1) {
        try {
          await page.goto(`/admin/commitments/${options.key}`);
          await page.getByLabel("Note", { exact: true }).fill(`Benchmark note ${label} ${save}`);
          const started = performance.now();
          await page.getByRole("button", { name: "Save update" }).click();
          await page.getByText("Update saved and added to the history.").waitFor({ timeout: 60_000 });
          times.push(performance.now() - started);
        } catch (error) {
          // Where the page was and what it said, so that a failed row names its cause.
          const said = (await page.locator("h1, [role=alert], [role=status]").allInnerTexts().catch(() => []))
            .map((text) => text.trim()).filter(Boolean).join(" / ");
          throw new Error(`${label} save ${save + 1} failed at ${page.url()} (the page said: ${said || "nothing"}): ` +
            String(error instanceof Error ? error.message.split("\n")[0] : error), { cause: error });
        }
      }
      return times;
    };

    const idleMs = await timeSaves("idle");
    const seconds = Math.max(5, options.saves * 2);
    const load = runAutocannon(`${options.appUrl}/`, options.readers, seconds);
    // Saves start once the readers are at full pace.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const loadedMs = await timeSaves("under load");
    return { idleMs, loadedMs, readers: await load };
  } finally {
    await browser.close();
  }
}

export const p99 = (values: number[]) => percentile(values, 0.99);
