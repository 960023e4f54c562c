import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { PATH_HEADER } from "./negotiate.mjs";
import { localePath } from "./paths";
import { currentLocale } from "./server";

/**
 * The page in each language (hreflang, for search engines and readers' tools) and, when the page has one, its
 * Atom feed in the page's language. A page that sets `alternates` replaces its layout's, so each such page calls this.
 */
export async function localizedAlternates(feedPath?: string): Promise<NonNullable<Metadata["alternates"]>> {
  const locale = await currentLocale();
  const path = (await headers()).get(PATH_HEADER) ?? "/";
  return {
    languages: { en: path, es: localePath("es", path), "x-default": path },
    ...(feedPath ? { types: { "application/atom+xml": localePath(locale, feedPath) } } : {}),
  };
}

/**
 * The social preview image of a page in the page's language, with its alt text. Given here rather than left to the
 * opengraph-image file's own link, which names the image's English address (the page renders at its unprefixed path)
 * and can only carry one alt text; a page's own `openGraph.images` takes the place of that link.
 */
export async function previewImages(imagePath: string, alt: string,
  size: { width: number; height: number }): Promise<Pick<Metadata, "openGraph" | "twitter">> {
  const image = { url: localePath(await currentLocale(), imagePath), alt, type: "image/png", ...size };
  return { openGraph: { images: [image] }, twitter: { card: "summary_large_image", images: [image] } };
}
