import { createNavigation } from "next-intl/navigation";
import { defineRouting } from "next-intl/routing";
import { LOCALES } from "../domain/localized-text";

/**
 * next-intl's Link for this site's addresses: "/map" stays "/map" on an English page and becomes "/es/map" on a
 * Spanish one. The routing is proxy.ts's own (no next-intl middleware), so next-intl keeps no cookie and detects
 * nothing: the choice is remembered by proxy.ts, which answers before any page.
 */
const routing = defineRouting({
  locales: LOCALES, defaultLocale: "en", localePrefix: "as-needed", localeCookie: false, localeDetection: false,
  alternateLinks: false,
});

export const { Link } = createNavigation(routing);
