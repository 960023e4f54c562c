import { describe, expect, it } from "vitest";
import { listPublicCommitments } from "@/lib/data/public-commitments";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
const FILTERS = { sort: "source", page: 1 } as const;
const TODAY = "2026-11-28";

async function keysFor(q: string) {
  return (await listPublicCommitments({ ...FILTERS, q }, TODAY)).rows.map((row) => row.key);
}

describe("search ignores accents, case and Unicode normalisation", () => {
  it("finds Peru's commitment with Perú, PERU and Peru written with a combining accent", async () => {
    const plain = await keysFor("Peru");
    expect(plain).toContain("pe-migrant-children-school-documentation");
    expect(await keysFor("Perú")).toEqual(plain);
    expect(await keysFor("PERÚ")).toEqual(plain);
    expect(await keysFor("Peru\u0301")).toEqual(plain);
  });

  it("finds a title written with accents, precomposed or decomposed, from a query typed without them", async () => {
    const key = "pe-migrant-children-school-documentation";
    await database.prisma.commitment.update({ where: { key }, data: { title: "Documentación de la migración escolar" } });
    expect(await keysFor("migracion")).toEqual([key]);
    expect(await keysFor("MIGRACIÓN")).toEqual([key]);
    await database.prisma.commitment.update({ where: { key }, data: { title: "Documentacio\u0301n de la migracio\u0301n escolar" } });
    expect(await keysFor("migración")).toEqual([key]);
  });

  it("keeps the folded text of a new commitment current without the app writing it", async () => {
    const [row] = await database.prisma.$queryRaw<{ search_text: string }[]>`
      SELECT search_text FROM commitment WHERE key = 'pe-migrant-children-school-documentation'`;
    expect(row?.search_text).toContain("peru");
    expect(row?.search_text).not.toMatch(/[A-Z\u0300-\u036f]/);
  });
});
