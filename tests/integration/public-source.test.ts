import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getPublicSource } from "@/lib/data/public-sources";
import { plainMarkdown, withoutFrontMatter } from "@/lib/domain/source-text";
import { awaitDataGeneration } from "../support/data-generation";
import { useTestDatabase } from "../support/test-database";

/** The source page's read against the seeded database: the whole fact sheet, every commitment's passage marked. */
const database = useTestDatabase();
const published = withoutFrontMatter(readFileSync(path.resolve(import.meta.dirname,
  "../../prisma/seed/la-declaration-fact-sheet-2024-09-26.md"), "utf8"));

async function shippedSource() {
  const declaration = await database.prisma.declaration.findFirstOrThrow({ select: { key: true } });
  const source = await getPublicSource(declaration.key);
  if (!source) throw new Error("the shipped declaration has no source page");
  return source;
}

describe("a source document's page", () => {
  it("stores the fact sheet's text exactly as published, without its front matter", async () => {
    const declaration = await database.prisma.declaration.findFirstOrThrow({ select: { sourceMarkdown: true } });
    expect(declaration.sourceMarkdown).toBe(published);
  });

  it("finds and marks the passage of every public commitment of the document, where it starts and where it ends", async () => {
    const source = await shippedSource();
    const commitments = await database.prisma.commitment.findMany({ where: { archivedAt: null }, select: { key: true } });
    expect(commitments.length).toBeGreaterThan(30);
    expect(source.unmatched).toEqual([]);
    const segments = source.blocks.flatMap((block) => block.segments);
    for (const { key } of commitments) {
      expect(segments.some((segment) => segment.starts.includes(key) && segment.keys.includes(key)), key).toBe(true);
      expect(segments.some((segment) => segment.ends.includes(key)), key).toBe(true);
    }
    expect(source.sentencesMarked).toBeGreaterThan(0);
    expect(source.sentencesMarked).toBeLessThan(source.sentences);
  });

  it("keeps every word of the text, in order, marked or not (list markers are the lists' own)", async () => {
    const source = await shippedSource();
    const shown = source.blocks.map((block) => block.segments.map((segment) => segment.text).join("")).join(" ");
    expect(shown).toBe(plainMarkdown(published.replace(/^\s*(?:-|\d+\.)\s+/gm, "")));
    expect(source.blocks.filter((block) => block.ordered).map((block) => block.text.split(" ")[0]))
      .toEqual(["addressing", "expanding", "strengthening"]);
  });

  it("lists a commitment whose words were changed as not found, and marks it nowhere", async () => {
    const key = "bz-seasonal-migrant-worker-program";
    const before = await awaitDataGeneration(database.url);
    await database.prisma.commitment.update({ where: { key },
      data: { sourceText: "Belize announced it is establishing a seasonal migrant worker program focused on fishing." } });
    await awaitDataGeneration(database.url, before);
    const source = await getPublicSource("la-declaration-2024-ministerial");
    expect(source?.unmatched).toContain(key);
    expect(source?.blocks.flatMap((block) => block.segments).some((segment) => segment.keys.includes(key))).toBe(false);
  });

  it("has no page for a declaration that does not exist", async () => {
    expect(await getPublicSource("no-such-document")).toBeNull();
  });
});
