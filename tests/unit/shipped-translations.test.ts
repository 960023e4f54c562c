import { describe, expect, it } from "vitest";
import { laDeclaration2024 } from "@/prisma/seed/data";
import { shippedDeclarations, shippedTranslations } from "@/prisma/seed/shipped";
import { laDeclaration2024Es } from "@/prisma/seed/translations-es";
import type { SeedCommitment } from "@/lib/db/seed/types";

const shipped = laDeclaration2024.commitments.flatMap((item): SeedCommitment[] => [item, ...(item.children ?? [])]);
const MULTIPLIERS: Record<string, number> = { million: 1e6, millones: 1e6, billion: 1e9 };

/**
 * Every figure a text states, as a number: "$1.2 billion" and "US$1.200 millones" are both 1,200,000,000, "4.4
 * million" and "4,4 millones" both 4,400,000, a day and a year are numbers too ("September 24, 2024": 24 and 2024).
 * English groups thousands with a comma and marks decimals with a point; the Spanish files do the opposite.
 */
function figures(text: string, language: "en" | "es"): number[] {
  const [group, decimal] = language === "en" ? [",", "."] : [".", ","];
  const pattern = new RegExp(`\\d+(?:\\${group}\\d{3})*(?:\\${decimal}\\d+)?(?:\\s+(million|millones|billion)\\b)?`, "g");
  return [...text.matchAll(pattern)].map(([match, word]) => {
    const digits = match.replace(/\s+\D+$/, "").replaceAll(group, "").replace(decimal, ".");
    return Math.round(Number(digits) * (word ? MULTIPLIERS[word]! : 1));
  }).sort((a, b) => a - b);
}

describe("the shipped Spanish", () => {
  it("gives every shipped commitment a Spanish title and description, and names no commitment that is not shipped", () => {
    expect(Object.keys(laDeclaration2024Es.commitments).sort()).toEqual(shipped.map((item) => item.key).sort());
    for (const [key, text] of Object.entries(laDeclaration2024Es.commitments)) {
      expect(text.title.trim().length, key).toBeGreaterThan(10);
      expect(text.description.trim().length, key).toBeGreaterThan(20);
    }
  });

  it("is a translation, not the English copied over", () => {
    for (const item of shipped) {
      const text = laDeclaration2024Es.commitments[item.key]!;
      expect(text.title, item.key).not.toBe(item.title);
      expect(text.description, item.key).not.toBe(item.description);
    }
  });

  it("states every figure and date of the English, and no other", () => {
    for (const item of shipped) {
      const text = laDeclaration2024Es.commitments[item.key]!;
      expect(figures(text.title, "es"), `${item.key} title`).toEqual(figures(item.title, "en"));
      expect(figures(text.description, "es"), `${item.key} description`).toEqual(figures(item.description, "en"));
    }
  });

  it("reads the figures of both languages alike", () => {
    expect(figures("more than $1.2 billion in 2024, 4.4 million and 25,500 people", "en")).toEqual([2024, 25_500, 4_400_000, 1_200_000_000]);
    expect(figures("más de US$1.200 millones en 2024, 4,4 millones y 25.500 personas", "es")).toEqual([2024, 25_500, 4_400_000, 1_200_000_000]);
  });

  it("keeps the month names of the English dates", () => {
    const MONTHS = [["January", "enero"], ["February", "febrero"], ["March", "marzo"], ["April", "abril"], ["May", "mayo"],
      ["June", "junio"], ["July", "julio"], ["August", "agosto"], ["September", "septiembre"], ["October", "octubre"],
      ["November", "noviembre"], ["December", "diciembre"]] as const;
    for (const item of shipped) {
      const text = laDeclaration2024Es.commitments[item.key]!;
      for (const [en, es] of MONTHS) {
        const count = (words: string, month: string) => words.split(month).length - 1;
        expect(count(`${text.title} ${text.description}`, es), `${item.key} ${en}`)
          .toBe(count(`${item.title} ${item.description}`, en));
      }
    }
  });

  it("names every pillar of the declaration in Spanish, in the glossary's words, and no pillar it does not ship", () => {
    expect(Object.keys(laDeclaration2024Es.pillars).sort()).toEqual(laDeclaration2024.pillars.map((item) => item.slug).sort());
    expect(laDeclaration2024Es.pillars["lawful-pathways"]!.shortName).toBe("Vías legales");
    expect(laDeclaration2024Es.pillars["humane-enforcement"]!.shortName).toBe("Aplicación humana de la ley");
    for (const [slug, text] of Object.entries(laDeclaration2024Es.pillars)) {
      const english = laDeclaration2024.pillars.find((item) => item.slug === slug)!;
      for (const field of ["name", "shortName", "description"] as const) {
        expect(text[field].trim(), `${slug} ${field}`).not.toBe("");
        expect(text[field], `${slug} ${field}`).not.toBe(english[field]);
      }
    }
  });

  it("is shipped for the declaration it translates", () => {
    expect(shippedTranslations.map((item) => [item.declaration, item.locale])).toEqual([[laDeclaration2024.key, "es"]]);
    expect(shippedDeclarations.map((item) => item.key)).toContain(laDeclaration2024Es.declaration);
  });
});
