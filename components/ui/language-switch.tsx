"use client";

import { useLocale } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { isLocale } from "@/lib/domain/localized-text";
import { splitLocalePath } from "@/lib/i18n/negotiate.mjs";
import { switchPath } from "@/lib/i18n/paths";

/**
 * The link to this page in the other language, on every page. A client component because the site's layout is not
 * rendered again on navigation inside the site, while this link must follow the page being read. A plain <a>: the
 * switch loads the page anew, and proxy.ts remembers the choice.
 */
export function LanguageSwitch({ label }: { label: string }) {
  const current = useLocale();
  const other = isLocale(current) && current === "es" ? "en" : "es";
  const search = useSearchParams().toString();
  const href = switchPath(other, splitLocalePath(usePathname()).path) + (search ? `?${search}` : "");
  return <a href={href} hrefLang={other} lang={other} className="text-sm text-slate-800 underline" data-language-switch>{label}</a>;
}
