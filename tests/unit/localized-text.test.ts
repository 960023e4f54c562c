import { describe, expect, it } from "vitest";
import { isLocale, pickField, pickLocalized, withLocalizedTitle } from "@/lib/domain/localized-text";

describe("pickLocalized", () => {
  const texts = { en: "Safe Mobility Offices extended", es: "Se extienden las Oficinas de Movilidad Segura" };

  it("gives the Spanish text to a Spanish reader, marked Spanish", () => {
    expect(pickLocalized(texts, "es")).toEqual({ text: texts.es, lang: "es", fallback: false });
  });

  it("gives the English text to an English reader, not as a fallback, even when a translation exists", () => {
    expect(pickLocalized(texts, "en")).toEqual({ text: texts.en, lang: "en", fallback: false });
  });

  it("falls back to the English text, marked English, when the translation is missing, empty or blank", () => {
    for (const es of [undefined, null, "", "   "]) {
      expect(pickLocalized({ en: "Decree signed", es }, "es")).toEqual({ text: "Decree signed", lang: "en", fallback: true });
    }
  });

  it("shows a translation without the blanks around it", () => {
    expect(pickLocalized({ en: "x", es: "  Decreto firmado \n" }, "es").text).toBe("Decreto firmado");
  });
});

describe("isLocale", () => {
  it("takes the two languages and nothing else", () => {
    expect(["en", "es"].filter(isLocale)).toEqual(["en", "es"]);
    expect(["EN", "es-CR", "fr", "", null, 1].filter(isLocale)).toEqual([]);
  });
});

describe("a record read in a language", () => {
  const rows = [{ locale: "es", title: "Decretos de Uruguay", description: null }];

  it("takes each field from the reader's language where it has one, else from the English", () => {
    expect(pickField("Uruguay decrees", rows, "title", "es")).toEqual({ text: "Decretos de Uruguay", lang: "es", fallback: false });
    expect(pickField("Two decrees.", rows, "description", "es")).toEqual({ text: "Two decrees.", lang: "en", fallback: true });
    expect(pickField("Uruguay decrees", rows, "title", "en")).toEqual({ text: "Uruguay decrees", lang: "en", fallback: false });
    expect(pickField("Uruguay decrees", [], "title", "es").lang).toBe("en");
  });

  it("shows the title in the reader's language, says which, and keeps the rows for the API", () => {
    const row = { key: "uy", title: "Uruguay decrees", translations: rows };
    expect(withLocalizedTitle(row, "es")).toEqual({ ...row, title: "Decretos de Uruguay", titleLang: "es" });
    expect(withLocalizedTitle(row, "en")).toEqual({ ...row, titleLang: "en" });
  });
});
