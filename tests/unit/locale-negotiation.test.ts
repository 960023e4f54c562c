import { describe, expect, it } from "vitest";
import {
  acceptLanguageLocale, followsReaderLanguage, preferredLocale, splitLocalePath,
} from "@/lib/i18n/negotiate.mjs";
import { localePath, switchPath } from "@/lib/i18n/paths";

describe("the reader's language", () => {
  it("comes from the first of our languages in Accept-Language by weight, English when none is ours", () => {
    expect(acceptLanguageLocale("es-CR,es;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("es");
    expect(acceptLanguageLocale("en-US,en;q=0.9,es;q=0.8")).toBe("en");
    expect(acceptLanguageLocale("fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4")).toBe("es");
    expect(acceptLanguageLocale("de-DE,pt-BR")).toBe("en");
    expect(acceptLanguageLocale("en;q=0.2, es-419;q=0.8")).toBe("es");
    expect(acceptLanguageLocale("")).toBe("en");
    expect(acceptLanguageLocale(undefined)).toBe("en");
    expect(acceptLanguageLocale("*")).toBe("en");
  });

  it("is the one the reader chose (the cookie) over the browser's", () => {
    expect(preferredLocale({ cookie: "NEXT_LOCALE=en", acceptLanguage: "es-CR" })).toBe("en");
    expect(preferredLocale({ cookie: "theme=dark; NEXT_LOCALE=es", acceptLanguage: "en-US" })).toBe("es");
    expect(preferredLocale({ cookie: "NEXT_LOCALE=fr", acceptLanguage: "es-CR" })).toBe("es");
  });
});

describe("a language in the address", () => {
  it("is the first segment, /es or /en, and the rest is the page's own address", () => {
    expect(splitLocalePath("/es")).toEqual({ prefix: "es", path: "/" });
    expect(splitLocalePath("/es/commitments/x")).toEqual({ prefix: "es", path: "/commitments/x" });
    expect(splitLocalePath("/en/map")).toEqual({ prefix: "en", path: "/map" });
    expect(splitLocalePath("/estados")).toEqual({ prefix: null, path: "/estados" });
    expect(splitLocalePath("/map")).toEqual({ prefix: null, path: "/map" });
  });

  it("is followed by pages only: not the API, files, feeds, calendars, images or embeds", () => {
    for (const path of ["/", "/map", "/commitments/x", "/admin/users", "/login"]) expect(followsReaderLanguage(path), path).toBe(true);
    for (const path of ["/api/commitments", "/feed.xml", "/export/commitments.csv", "/calendar/deadlines.ics",
      "/embed/commitments/x", "/commitments/x/opengraph-image", "/_next/static/x.js", "/icon.svg"]) {
      expect(followsReaderLanguage(path), path).toBe(false);
    }
  });

  it("is added for Spanish, and the switch to English goes through /en so the choice is remembered", () => {
    expect(localePath("es", "/")).toBe("/es");
    expect(localePath("es", "/?status=AT_RISK")).toBe("/es?status=AT_RISK");
    expect(localePath("es", "/map")).toBe("/es/map");
    expect(localePath("en", "/map")).toBe("/map");
    expect(localePath("es", "https://example.org/x")).toBe("https://example.org/x");
    expect(switchPath("en", "/")).toBe("/en");
    expect(switchPath("en", "/map")).toBe("/en/map");
    expect(switchPath("es", "/map")).toBe("/es/map");
  });
});
