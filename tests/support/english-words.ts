import type { Page } from "@playwright/test";
import { en } from "../../lib/messages/en";
import { es } from "../../lib/messages/es";

/**
 * English left on a Spanish page, found two ways: the English catalogue's phrases (a text that has a Spanish twin
 * and still shows in English), and English words no Spanish sentence holds (a literal that never reached the
 * catalogue, which the first way cannot see). Content shown as published or untranslated is marked lang="en" and
 * is not the interface's: text under such a mark is left out, so marking is what keeps a page honest, not a list here.
 */

/** Words of English that no Spanish text uses: none is a Spanish word ("no", "a", "son" are left out for that). */
const ENGLISH_WORD = /\b(the|and|of|with|from|this|these|your|for|to|by|is|are|not|all|page|next|previous|each|every|its|their|at|on|in|any|here|there|yet|found)\b/i;

/** The English catalogue's phrases (texts of two words or more) whose Spanish differs, so neither shows by chance. */
function cataloguePhrases(english: unknown, spanish: unknown): string[] {
  if (typeof english === "string") return english.trim().includes(" ") && english !== spanish ? [english.trim()] : [];
  if (english && typeof english === "object" && typeof english !== "function") {
    return Object.entries(english).flatMap(([key, value]) =>
      cataloguePhrases(value, (spanish as Record<string, unknown> | undefined)?.[key]));
  }
  return [];
}

const PHRASES = cataloguePhrases(en, es);

/**
 * The interface's text of the page as a reader and a screen reader get it: every text node (options, closed <details>
 * and SVG titles included) and every aria-label, alt and placeholder, outside lang="en"; and the document's title,
 * unless it is only the name of the page's English record (the title of a source or of an untranslated commitment),
 * which a <title> cannot mark. `within` narrows it to one part of the page (its title is then left out).
 */
async function interfaceTexts(page: Page, within?: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = selector ? document.querySelector(selector) : document.body;
    if (!root) throw new Error(`Nothing on the page matches ${selector}`);
    const english = (element: Element) => (element.closest("[lang]")?.getAttribute("lang") ?? "").startsWith("en");
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (text && parent && !parent.closest("script, style, noscript, template") && !english(parent)) texts.push(text);
    }
    const markedEnglish = new Set([...document.body.querySelectorAll('[lang^="en"]')]
      .map((element) => element.textContent?.trim()));
    const title = document.title.replace(/ · Pledgeboard$/, "");
    if (!selector && !markedEnglish.has(title)) texts.push(document.title);
    for (const element of root.querySelectorAll("[aria-label], [alt], [placeholder]")) {
      if (english(element)) continue;
      for (const name of ["aria-label", "alt", "placeholder"]) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  }, within);
}

/** Each text of the page's interface (or of the part `within` selects) that is English, with what gave it away. */
export async function englishOnPage(page: Page, within?: string): Promise<string[]> {
  const texts = await interfaceTexts(page, within);
  const whole = texts.join("\n");
  return [
    ...PHRASES.filter((phrase) => whole.includes(phrase)).map((phrase) => `catalogue: ${phrase}`),
    ...texts.filter((text) => ENGLISH_WORD.test(text)).map((text) => `word "${ENGLISH_WORD.exec(text)?.[1]}": ${text}`),
  ];
}
