import { expect, test } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { withAppDatabase } from "../support/e2e-database";

test("the site has a favicon, and each page a social preview image made on the server", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/");
  for (const path of ["/", "/commitments/ec-regularization-extension", "/countries/ec"]) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image, path).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const response = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect((await response.body()).subarray(1, 4).toString()).toBe("PNG");
  }
});

test("each page links its own feed, and commitment and country pages offer the code to embed their card", async ({ page, request }) => {
  const feeds = { "/": "/feed.xml", "/commitments/ec-regularization-extension": "/commitments/ec-regularization-extension/feed.xml",
    "/countries/ec": "/countries/ec/feed.xml" };
  for (const [path, feed] of Object.entries(feeds)) {
    await page.goto(path);
    const links = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    await expect(links).toHaveCount(1);
    expect(new URL((await links.getAttribute("href"))!, "http://x").pathname, path).toBe(feed);
    expect((await request.get(feed)).status()).toBe(200);
  }
  for (const [path, embed] of [["/commitments/ec-regularization-extension", "/embed/commitments/ec-regularization-extension"],
    ["/countries/ec", "/embed/countries/ec"]]) {
    await page.goto(path!);
    await page.getByText("Embed this on your site").click();
    const code = await page.getByLabel("Code to copy").inputValue();
    expect(code).toMatch(new RegExp(`^<iframe src="http://127\\.0\\.0\\.1:\\d+${embed}" title="[^"]+"`));
    expect((await request.get(embed!)).status()).toBe(200);
  }
});

test("the framework-wide group has its page and its filter, holding exactly the commitments of no pillar", async ({ page, request }) => {
  const keys = await withAppDatabase(e2eDataDir, async (prisma) =>
    (await prisma.commitment.findMany({ where: { pillarId: null, archivedAt: null }, select: { key: true } })).map((row) => row.key));
  expect(keys.length).toBeGreaterThan(0);
  await page.goto("/pillars/framework");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Framework and institutions");
  const shown = await page.locator("[data-commitment]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-commitment")));
  expect(shown.sort()).toEqual([...keys].sort());
  await page.goto("/");
  await page.getByText("More filters and sort").click();
  await page.getByLabel("Pillar").selectOption("framework");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/pillar=framework/);
  await expect(page.locator("[data-commitment]")).toHaveCount(keys.length);
  const api = await (await request.get("/api/commitments?pillar=framework")).json() as { total: number };
  expect(api.total).toBe(keys.length);
});

test("search ignores accents and case on the pages, the API and the CSV alike", async ({ page, request }) => {
  await page.goto("/?q=Per%C3%BA");
  await expect(page.locator('[data-commitment="pe-migrant-children-school-documentation"]')).toBeVisible();
  const api = await (await request.get("/api/commitments?q=PERU%CC%81")).json() as { items?: { key: string }[]; commitments?: { key: string }[] };
  expect(JSON.stringify(api)).toContain("pe-migrant-children-school-documentation");
  const csv = await (await request.get("/export/commitments.csv?q=per%C3%BA")).text();
  expect(csv).toContain("pe-migrant-children-school-documentation");
});
