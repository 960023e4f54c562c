import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { laDeclaration2024 } from "@/prisma/seed/data";

/**
 * Nothing framework-specific in code (issue 16): what the site says about a framework comes from its rows, loaded from
 * the data files of prisma/seed/, so the next framework or document is data, never a code change.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const SKIP = new Set([path.join(ROOT, "lib/generated")]);
const CODE = /\.(?:ts|tsx|mjs|js|css)$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (SKIP.has(full)) return [];
    if (entry.isDirectory()) return sourceFiles(full);
    return CODE.test(entry.name) ? [full] : [];
  });
}

// The code files at the root (proxy.ts, the configurations) are code of the app too.
const rootFiles = () => readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isFile() && CODE.test(entry.name)).map((entry) => path.join(ROOT, entry.name));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// The shipped framework's names and keys as its data file spells them, and its city however it is spaced.
const SHIPPED = new RegExp([/Los\s+Angeles/.source, ...[laDeclaration2024.framework.name, laDeclaration2024.framework.shortName,
  laDeclaration2024.framework.key, laDeclaration2024.key, laDeclaration2024.sourceTitle].map(escape)].join("|"), "i");

function filesNaming(words: RegExp, files: string[]): string[] {
  return files.filter((file) => words.test(readFileSync(file, "utf8"))).map((file) => path.relative(ROOT, file));
}
const folders = (...names: string[]) => names.flatMap((folder) => sourceFiles(path.join(ROOT, folder)));

describe("the code of the app", () => {
  it("names no framework: the Declaration's names and keys are in the data files only", () => {
    expect(filesNaming(SHIPPED, [...folders("app", "components", "lib"), ...rootFiles()])).toEqual([]);
  });

  it("would catch a name or key written in code (the data file names them)", () => {
    expect(filesNaming(SHIPPED, folders("prisma/seed"))).toEqual(["prisma/seed/data.ts", "prisma/seed/translations-es.ts"]);
  });
});
