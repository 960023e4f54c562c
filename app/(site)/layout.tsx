import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const { t } = await getCatalogue();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t.site.skipToContent}
      </a>
      <header className="border-b border-slate-200 bg-slate-50">
        <nav aria-label={t.site.mainNavigation} className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:gap-x-6">
          <Link href="/" className="text-lg font-semibold text-slate-900">Pledgeboard</Link>
          <Link href="/updates" className="text-slate-800 underline">{t.site.updates}</Link>
          <Link href="/map" className="text-slate-800 underline">{t.site.map}</Link>
          <span className="ml-auto flex items-center gap-3 sm:gap-6">
            <LanguageSwitch label={t.site.otherLanguage} />
            <Link href="/admin" className="text-sm text-slate-800 underline">{t.site.staff}</Link>
          </span>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-4 sm:py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-700">
        {t.site.footer}
      </footer>
    </>
  );
}
