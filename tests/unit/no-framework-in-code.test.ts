import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Nothing framework-specific in code (issue 16): what the site says about a framework comes from its rows, loaded from
 * the data files of prisma/seed/, so the next framework or document is data, never a code change.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const SKIP = new Set([path.join(ROOT, "lib/generated")]);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (SKIP.has(full)) return [];
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(?:ts|tsx|mjs|js|css)$/.test(entry.name) ? [full] : [];
  });
}

function filesNaming(words: RegExp, folders: string[]): string[] {
  return folders.flatMap((folder) => sourceFiles(path.join(ROOT, folder)))
    .filter((file) => words.test(readFileSync(file, "utf8")))
    .map((file) => path.relative(ROOT, file));
}

describe("the code of the app", () => {
  it("names no framework: the Declaration's name is in the data files only", () => {
    expect(filesNaming(/Los\s+Angeles/i, ["app", "components", "lib"])).toEqual([]);
  });

  it("would catch a name written in code (the data file names it)", () => {
    expect(filesNaming(/Los\s+Angeles/i, ["prisma/seed"])).toEqual(["prisma/seed/data.ts"]);
  });
});
