import { expect, test } from "@playwright/test";
import { axeViolations } from "../support/axe";
import { englishOnPage } from "../support/english-words";

const COSTA_RICA = "/commitments/cr-safe-mobility-offices-extension";

// A browser set up in Costa Rica: its Accept-Language starts with es-CR.
test.use({ locale: "es-CR" });

test("a reader whose browser prefers es-CR lands on Spanish, switches to English and back, and the choice sticks", async ({ page }) => {
  await page.goto(COSTA_RICA);
  await expect(page).toHaveURL(new RegExp(`/es${COSTA_RICA}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 2, name: "Plazos" })).toBeVisible();
  await expect(page.locator("main")).toContainText("diciembre de 2025");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", new RegExp(`${COSTA_RICA}$`));
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", new RegExp(`/es${COSTA_RICA}$`));

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`^[^?]*//[^/]+${COSTA_RICA}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 2, name: "Deadlines" })).toBeVisible();
  await expect(page.locator("main")).toContainText("December 2025");

  // Chosen once, English stays though the browser still prefers Spanish.
  await page.goto("/map");
  await expect(page).toHaveURL(/\/\/[^/]+\/map$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/map$/);
  await page.goto("/updates");
  await expect(page).toHaveURL(/\/es\/updates$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  // Links on a Spanish page stay in Spanish.
  await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Pledgeboard" }).click();
  await expect(page).toHaveURL(/\/es$/);
});

/**
 * Every public page, in Spanish: the list pages, each kind of record page, the open data, the map, an embed card, a
 * list with a filter that does not exist, one that matches nothing, and a page that does not exist.
 */
const SPANISH_PAGES = [
  "/es", `/es${COSTA_RICA}`, "/es/updates", "/es/updates?page=zero", "/es/countries/cr", "/es/pillars/humane-enforcement",
  "/es/pillars/framework", "/es/sources/la-declaration-2024-ministerial", "/es/export", "/es/map",
  `/es/embed${COSTA_RICA}`, "/es/embed/countries/cr", "/es?status=DONE&country=ZZ&sort=random",
  "/es/countries/cr?q=nothing-matches-this", "/es/no-such-page", "/es/commitments/no-such-commitment",
];

test.describe("Spanish pages", () => {
  for (const path of SPANISH_PAGES) {
    test(`${path} shows none of the English interface's words`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      expect(await englishOnPage(page)).toEqual([]);
    });

    test(`axe finds no WCAG 2.1 A or AA violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test("pillars are named in Spanish on Spanish pages: list headings, bars, filter menu and the pillar's own page", async ({ page }) => {
  await page.goto("/es");
  const main = page.locator("main");
  const byPillar = main.getByRole("link", { name: "Ampliar las vías legales para la migración y la protección" });
  await expect(byPillar.locator("bdi")).toHaveAttribute("lang", "es");
  await expect(main.locator('option[value="lawful-pathways"]')).toHaveText("Vías legales");
  await expect(main.locator('option[value="lawful-pathways"]')).toHaveAttribute("lang", "es");
  await expect(main.getByRole("img", { name: /^Vías legales: / }).first()).toBeVisible();
  await expect(main.getByText("Lawful pathways")).toHaveCount(0);
  await page.goto("/es/pillars/lawful-pathways");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ampliar las vías legales para la migración y la protección");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "es");
  await expect(page.locator("main").getByRole("heading", { name: "Vías legales", exact: true }).first())
    .toHaveAttribute("lang", "es");
});

test("an English reader's browser stays on the English addresses, and /en/... remembers English", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/\/[^/]+\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("the Spanish feed is the English one's entries, with the same ids, in Spanish words and links", async ({ request }) => {
  const ids = (xml: string) => [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((match) => match[1]);
  const english = await (await request.get("/feed.xml")).text();
  const spanish = await (await request.get("/es/feed.xml")).text();
  expect(spanish).toContain('xml:lang="es"');
  expect(spanish).toContain("todas las actualizaciones públicas");
  expect(spanish).toMatch(/<link rel="alternate" type="text\/html" href="[^"]+\/es\/updates"\/>/);
  expect(ids(spanish).length).toBeGreaterThan(0);
  expect(ids(spanish)).toEqual(ids(english));
});

test("the Spanish calendar is the English one's events, with the same UIDs, named and described in Spanish", async ({ request }) => {
  const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((match) => match[1]?.trim());
  const english = await (await request.get("/calendar/deadlines.ics")).text();
  const spanish = (await (await request.get("/es/calendar/deadlines.ics")).text()).replace(/\r\n[ \t]/g, "");
  expect(spanish).toMatch(/^X-WR-CALNAME:.+: plazos\r?$/m);
  expect(spanish).toContain("Estado: ");
  expect(spanish).toContain("(vence el ");
  expect(spanish).not.toContain("Status: ");
  expect(spanish).toMatch(/\/es\/commitments\/cr-safe-mobility-offices-extension/);
  expect(uids(spanish).length).toBeGreaterThan(0);
  expect(uids(spanish)).toEqual(uids(english));
});
