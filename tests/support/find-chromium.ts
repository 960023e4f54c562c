import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";

export const INSTALL_HINT = 'Install one with "apt-get install -y chromium" (Debian, Ubuntu), or with ' +
  '"npx playwright install chromium" where the network allows it, or point CHROMIUM_PATH at a Chromium or Chrome ' +
  "executable.";

/** The browser names a system puts on PATH, most specific first. */
const NAMES_ON_PATH = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

export type BrowserSearch = {
  /** CHROMIUM_PATH: when set, it is the one browser to use. */
  chromiumPath?: string;
  /** Where the system's package puts it: /usr/bin/chromium on Debian. */
  systemChromium: string;
  /** PATH, searched for the usual names. */
  pathVariable?: string;
  /** Where Playwright's own download of Chromium lives (it may not be there). */
  playwrightChromium?: string;
};

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium the end-to-end tests drive: the one CHROMIUM_PATH names, else Debian's /usr/bin/chromium, else a
 * Chromium or Chrome on PATH, else the one `npx playwright install chromium` downloaded. Throws a hint to install one
 * only when none of these exists.
 */
export function findChromium(search: BrowserSearch): string {
  if (search.chromiumPath !== undefined) {
    if (isExecutableFile(search.chromiumPath)) return search.chromiumPath;
    throw new Error(`CHROMIUM_PATH is ${search.chromiumPath}, which is not an executable file. ${INSTALL_HINT}`);
  }
  const onPath = (search.pathVariable ?? "").split(path.delimiter).filter(Boolean)
    .flatMap((folder) => NAMES_ON_PATH.map((name) => path.join(folder, name)));
  const candidates = [search.systemChromium, ...onPath, ...(search.playwrightChromium ? [search.playwrightChromium] : [])];
  const found = candidates.find(isExecutableFile);
  if (found) return found;
  throw new Error(`No Chromium found (looked at ${candidates.join(", ")}). ${INSTALL_HINT}`);
}
