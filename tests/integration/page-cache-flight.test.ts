import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPageCache } from "@/lib/server/page-cache.mjs";
import { awaitDataGeneration } from "../support/data-generation";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
const PAGE = "<!doctype html><html><body><h1>Where things stand</h1></body></html>";
let renders = 0;
let server: Server;
let base: string;

beforeAll(async () => {
  const cache = createPageCache({ databaseUrl: database.url, timeZone: "America/New_York" });
  await awaitDataGeneration(database.url);
  // Stands in for Next.js: a render that takes a while, as a large page does on a busy machine.
  server = createServer((req, res) => void cache.serve(req, res, () => {
    renders += 1;
    setTimeout(() => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(PAGE);
    }, 300);
  }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the page cache under a crowd", () => {
  it("renders a page once for thirty readers who all missed it together, and gives each the same page", async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => fetch(`${base}/countries/cr`)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(200));
    expect(new Set(await Promise.all(answers.map((answer) => answer.text())))).toEqual(new Set([PAGE]));
    expect(renders).toBe(1);
  });

  it("renders again, once, when the data changed", async () => {
    const before = renders;
    const generation = await awaitDataGeneration(database.url);
    await database.prisma.commitment.updateMany({ where: { key: "uy-regularization-decrees" }, data: { title: "Renamed" } });
    await awaitDataGeneration(database.url, generation);
    const answers = await Promise.all(Array.from({ length: 10 }, () => fetch(`${base}/countries/cr`)));
    expect(answers.map((answer) => answer.headers.get("x-pledgeboard-page-cache")).filter((value) => value === "miss"))
      .toHaveLength(1);
    expect(renders).toBe(before + 1);
  });

  it("renders once more, not once per reader, when the first reader goes away mid-render", async () => {
    const generation = await awaitDataGeneration(database.url);
    await database.prisma.commitment.updateMany({ where: { key: "uy-regularization-decrees" }, data: { title: "Again" } });
    await awaitDataGeneration(database.url, generation);
    const before = renders;
    const leaving = new AbortController();
    const first = fetch(`${base}/countries/cr`, { signal: leaving.signal }).catch(() => "gone");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const waiting = Array.from({ length: 10 }, () => fetch(`${base}/countries/cr`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    leaving.abort();
    expect(await first).toBe("gone");
    const answers = await Promise.all(waiting);
    expect(new Set(await Promise.all(answers.map((answer) => answer.text())))).toEqual(new Set([PAGE]));
    expect(renders).toBe(before + 2);
  });
});
