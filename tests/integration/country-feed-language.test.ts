import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { LOCALE_HEADER } from "@/lib/i18n/negotiate.mjs";
import { useTestDatabase } from "../support/test-database";

const countryFeed = await import("@/app/(site)/countries/[code]/feed.xml/route");

useTestDatabase();

/** The feed's own title, as a feed reader lists it: the first <title> of the document. */
async function feedTitle(locale: "en" | "es"): Promise<string> {
  // proxy.ts sets the header from the address (/es/countries/mx/feed.xml is Spanish).
  const request = new NextRequest("https://pledgeboard.example.org/countries/mx/feed.xml", { headers: { [LOCALE_HEADER]: locale } });
  const response = await countryFeed.GET(request, { params: Promise.resolve({ code: "mx" }) });
  expect(response.status).toBe(200);
  return /<title[^>]*>([^<]*)<\/title>/.exec(await response.text())?.[1] ?? "";
}

describe("a country's Atom feed", () => {
  it("names the country as the feed's language does: Mexico in English, México in Spanish", async () => {
    expect(await feedTitle("en")).toContain("Mexico");
    const spanish = await feedTitle("es");
    expect(spanish).toContain("México");
    expect(spanish).not.toContain("Mexico");
  });
});
