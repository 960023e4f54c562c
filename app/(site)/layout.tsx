import Link from "next/link";
import type { ReactNode } from "react";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-slate-50">
        <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-6 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-slate-900">Pledgeboard</Link>
          <Link href="/updates" className="text-slate-800 underline">Updates</Link>
          <Link href="/map" className="text-slate-800 underline">Map</Link>
          <Link href="/admin" className="ml-auto text-sm text-slate-800 underline">Staff</Link>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-4 sm:py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-700">
        Every commitment links to the sentence of the official source it was transcribed from.
      </footer>
    </>
  );
}
