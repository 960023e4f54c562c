import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findChromium } from "../support/find-chromium";

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "find-chromium-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A file where a browser would be; executable unless told otherwise. */
async function browserAt(relative: string, executable = true): Promise<string> {
  const file = path.join(folder, relative);
  await writeFile(file, "#!/bin/sh\n");
  await chmod(file, executable ? 0o755 : 0o644);
  return file;
}

describe("findChromium", () => {
  it("takes the system's Chromium when it is there", async () => {
    const system = await browserAt("chromium");
    const playwright = await browserAt("chrome");
    expect(findChromium({ systemChromium: system, pathVariable: "", playwrightChromium: playwright })).toBe(system);
  });

  it("finds chromium-browser or google-chrome on PATH on a machine without /usr/bin/chromium", async () => {
    const chrome = await browserAt("google-chrome");
    const search = { systemChromium: path.join(folder, "missing"), pathVariable: `/nowhere${path.delimiter}${folder}` };
    expect(findChromium(search)).toBe(chrome);
    const chromiumBrowser = await browserAt("chromium-browser");
    expect(findChromium(search)).toBe(chromiumBrowser);
  });

  it("falls back to the Chromium that `npx playwright install chromium` downloaded", async () => {
    const playwright = await browserAt("chrome");
    expect(findChromium({ systemChromium: path.join(folder, "missing"), pathVariable: "/nowhere",
      playwrightChromium: playwright })).toBe(playwright);
  });

  it("skips a file that is not executable", async () => {
    await browserAt("chromium", false);
    const playwright = await browserAt("chrome");
    expect(findChromium({ systemChromium: path.join(folder, "chromium"), pathVariable: folder,
      playwrightChromium: playwright })).toBe(playwright);
  });

  it("uses CHROMIUM_PATH when set, and says so when it points at nothing", async () => {
    const chosen = await browserAt("my-chrome");
    const system = await browserAt("chromium");
    expect(findChromium({ chromiumPath: chosen, systemChromium: system })).toBe(chosen);
    expect(() => findChromium({ chromiumPath: path.join(folder, "typo"), systemChromium: system }))
      .toThrow(/CHROMIUM_PATH is .*typo, which is not an executable file/);
  });

  it("only when nothing is found, stops with the apt-get command", () => {
    expect(() => findChromium({ systemChromium: path.join(folder, "missing"), pathVariable: folder,
      playwrightChromium: path.join(folder, "ms-playwright/chrome") }))
      .toThrow(/No Chromium found .*apt-get install -y chromium/);
  });
});
