import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The import rules between folders (docs/architecture.md), read from the source: a line of code knows its room.
 * Each rule names the files it governs and what they may not import; a failure lists every import that breaks it.
 */
const root = path.resolve(import.meta.dirname, "../..");

type Import = { file: string; target: string; typeOnly: boolean };

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.mts") ? [relative] : [];
  });
}

/** Every import of a file, with its target as a path from the project root when it is the project's own. */
function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const found: Import[] = [];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[3] ?? match[4]!;
    const target = specifier.startsWith("@/") ? specifier.slice(2)
      : specifier.startsWith(".") ? path.posix.join(path.posix.dirname(file), specifier) : specifier;
    found.push({ file, target, typeOnly: Boolean(match[2]) });
  }
  return found;
}

const ALL = ["app", "components", "lib", "prisma/seed", "proxy.ts"].flatMap((entry) =>
  entry.endsWith(".ts") ? [entry] : sourceFiles(entry)).flatMap(importsOf);

function breaking(files: (file: string) => boolean, forbidden: (entry: Import) => boolean): string[] {
  return ALL.filter((entry) => files(entry.file) && forbidden(entry)).map((entry) => `${entry.file} -> ${entry.target}`);
}

const under = (folder: string) => (file: string) => file.startsWith(`${folder}/`);
const isProject = (target: string) => /^(app|components|lib|tests|prisma)\//.test(target);

describe("the import rules between folders", () => {
  it("keeps components/ out of app/: a form that calls an action lives beside it in app/", () => {
    expect(breaking(under("components"), (entry) => entry.target.startsWith("app/"))).toEqual([]);
  });

  it("keeps lib/ from importing pages or components", () => {
    expect(breaking(under("lib"), (entry) => /^(app|components)\//.test(entry.target))).toEqual([]);
  });

  it("keeps lib/domain pure: no I/O, no framework, nothing of the app but its own rules and types", () => {
    const pureLibraries = ["zod", "csv-parse/sync", "@date-fns/tz"];
    expect(breaking(under("lib/domain"), (entry) => {
      if (entry.target.startsWith("lib/domain/") || entry.target === "lib/generated/prisma/enums") return false;
      if (entry.typeOnly && entry.target.startsWith("lib/validation/")) return false;
      return isProject(entry.target) || !pureLibraries.includes(entry.target);
    })).toEqual([]);
  });

  it("keeps lib/validation free of anything that runs on the server only", () => {
    expect(breaking(under("lib/validation"), (entry) =>
      isProject(entry.target)
        ? !/^lib\/(validation|domain)\/|^lib\/generated\/prisma\/enums$/.test(entry.target)
        : entry.target !== "zod")).toEqual([]);
  });

  it("keeps lib/data free of React, of the web framework's pages and of HTTP: it returns rows, never a Response", () => {
    expect(breaking(under("lib/data"), (entry) =>
      /^(react|react-dom|next\/link|next\/navigation)$|^lib\/http\//.test(entry.target))).toEqual([]);
    const answering = sourceFiles("lib/data").filter((file) =>
      /\bnew Response\(|\bResponse\.json\(/.test(readFileSync(path.join(root, file), "utf8")));
    expect(answering).toEqual([]);
  });

  it("makes every route handler with the HTTP edge: no handler builds its own Response (next-auth's aside)", () => {
    const handlers = sourceFiles("app").filter((file) => file.endsWith("/route.ts") && !file.includes("[...nextauth]"));
    expect(handlers.length).toBeGreaterThan(10);
    const handRolled = handlers.filter((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      return /\bnew Response\(|\bResponse\.json\(|export (async )?function GET/.test(text)
        || !/^export const GET = (route|csvExportHandler)\(/m.test(text);
    });
    expect(handRolled).toEqual([]);
  });

  it("keeps pages, actions, route handlers and components away from Prisma: they go through lib/data", () => {
    const talksToPrisma = (entry: Import) => entry.target.startsWith("lib/db/") || entry.target.startsWith("@prisma/")
      || entry.target === "lib/generated/prisma/client";
    expect(breaking((file) => under("app")(file) || under("components")(file), talksToPrisma)).toEqual([]);
  });

  it("keeps prisma/seed as data: its files import only each other and the seed's types, the loader lives in lib/db/seed", () => {
    expect(breaking(under("prisma/seed"), (entry) =>
      !entry.target.startsWith("prisma/seed/") && !(entry.typeOnly && entry.target === "lib/db/seed/types"))).toEqual([]);
  });

  it("finds the imports it judges (a rule over nothing would pass for any tree)", () => {
    expect(ALL.filter((entry) => entry.file.startsWith("lib/domain/")).length).toBeGreaterThan(20);
    expect(ALL.filter((entry) => entry.file.startsWith("components/")).length).toBeGreaterThan(20);
    expect(ALL.some((entry) => entry.target === "lib/data/public-commitments")).toBe(true);
  });
});
