import { expect, test } from "@playwright/test";

test("the home page lists the seeded commitments by pillar with deadlines as written", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Los Angeles Declaration commitments");
  for (const pillar of ["Root causes & integration", "Lawful pathways", "Humane enforcement"]) {
    await expect(page.getByRole("heading", { level: 3, name: pillar, exact: true }).first()).toBeVisible();
  }

  const costaRica = page.locator('[data-commitment="cr-safe-mobility-offices-extension"]');
  await expect(costaRica).toContainText("Costa Rica and the United States to extend the Safe Mobility Offices");
  await expect(costaRica).toContainText("December 2025");
  await expect(costaRica).toContainText("(passed)");
  const ecuador = page.locator('[data-commitment="ec-regularization-extension"]');
  await expect(ecuador).toContainText("April 2025");
});

test("/api/health answers 200 while the database is up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
});
