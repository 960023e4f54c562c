import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export type LighthouseScores = { path: string; performance: number; accessibility: number; bestPractices: number; seo: number };

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/**
 * Lighthouse's default (mobile) profile on each page, in the system's Chromium (CHROME_PATH or /usr/bin/chromium):
 * scores from 0 to 100 per category. One Chromium serves every page, as Lighthouse's own CLI would run them one by one.
 */
export async function lighthouseScores(origin: string, paths: string[]): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const scores: LighthouseScores[] = [];
    for (const path of paths) {
      const result = await lighthouse(origin + path, { port: chrome.port, output: "json", logLevel: "error",
        onlyCategories: CATEGORIES });
      const categories = result?.lhr.categories;
      if (!categories) throw new Error(`Lighthouse gave no result for ${path}`);
      const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100);
      scores.push({ path, performance: score("performance"), accessibility: score("accessibility"),
        bestPractices: score("best-practices"), seo: score("seo") });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

/** The pages the targets are set for: the home, a commitment, a country and the updates, in English and in Spanish. */
export const LIGHTHOUSE_PAGES = ["/", "/commitments/cr-safe-mobility-offices-extension", "/countries/cr", "/updates",
  "/es", "/es/commitments/cr-safe-mobility-offices-extension", "/es/countries/cr", "/es/updates"];
