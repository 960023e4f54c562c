import { describe, expect, it } from "vitest";
import { shortenText } from "@/lib/domain/shorten-text";

describe("shortenText", () => {
  it("leaves a short note whole", () => {
    expect(shortenText("Decree signed.", 300)).toBeNull();
  });

  it("cuts a 10,000-character word to the limit", () => {
    const cut = shortenText("x".repeat(10_000), 300);
    expect(cut).toBe(`${"x".repeat(300)}…`);
  });

  it("cuts at a word boundary when one is near the limit", () => {
    expect(shortenText("one two three four five", 15)).toBe("one two three…");
  });

  it("never splits a character outside the Basic Multilingual Plane", () => {
    expect(shortenText("😀".repeat(5), 3)).toBe("😀😀😀…");
  });
});
