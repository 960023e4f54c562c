import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { plainMarkdown, withoutFrontMatter } from "../../lib/domain/source-text";
import { e2eDataDir } from "../../playwright.config";
import { withAppDatabase } from "../support/e2e-database";

const published = withoutFrontMatter(readFileSync(path.resolve(import.meta.dirname,
  "../../prisma/seed/la-declaration-fact-sheet-2024-09-26.md"), "utf8"));

test("the source page shows the fact sheet's words unchanged and marks the passage of every public commitment", async ({ page }) => {
  const { declarationKey, keys } = await withAppDatabase(e2eDataDir, async (prisma) => ({
    declarationKey: (await prisma.declaration.findFirstOrThrow({ select: { key: true } })).key,
    keys: (await prisma.commitment.findMany({ where: { archivedAt: null }, select: { key: true } })).map((row) => row.key),
  }));
  expect(keys.length).toBeGreaterThan(30);
  await page.goto(`/sources/${declarationKey}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fact sheet");

  const shown = await page.getByRole("region", { name: "Full text" }).evaluate((section) => {
    const copy = section.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-passage-link]").forEach((link) => link.remove());
    return [...copy.querySelectorAll("p, li, h2")].map((block) => (block.textContent ?? "").replace(/\s+/g, " ").trim()).join(" ");
  });
  expect(shown).toBe(plainMarkdown(published.replace(/^\s*(?:-|\d+\.)\s+/gm, "")));

  for (const key of keys) {
    await expect(page.locator(`[id="passage-${key}"]`), key).toHaveCount(1);
    await expect(page.locator(`mark[data-passage~="${key}"]`).first(), key).toBeVisible();
    await expect(page.locator(`[data-passage-link] a[href="/commitments/${key}"]`), key).toHaveCount(1);
  }
  await expect(page.getByTestId("accounted")).toHaveText(/^\d+ of \d+ sentences accounted for$/);
  await expect(page.getByText("Commitments whose words are not found in this text")).toHaveCount(0);
  expect(await page.locator("p, li").filter({ hasText: "On September 25, 2024, Secretary of State" }).locator("mark").count())
    .toBe(0);
});

test("a commitment's page links to its passage in the whole source, in context", async ({ page }) => {
  await page.goto("/commitments/cr-safe-mobility-offices-extension");
  await page.getByRole("link", { name: "Read this passage in the whole source" }).click();
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+#passage-cr-safe-mobility-offices-extension$/);
  await expect(page.locator("#passage-cr-safe-mobility-offices-extension ~ mark").first())
    .toContainText("Safe Mobility Offices in Costa Rica will be extended until December 2025");
});
