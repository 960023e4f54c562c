import type { Metadata } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { getFramework } from "@/lib/data/frameworks";
import { appOrigin } from "@/lib/env";
import { localizedAlternates } from "@/lib/i18n/metadata";
import { getCatalogue } from "@/lib/i18n/server";
import "./globals.css";

// The origin makes the social preview images' addresses absolute, as the sites that show them require.
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return {
    metadataBase: new URL(appOrigin((await headers()).get("host"))),
    title: { default: "Pledgeboard", template: "%s · Pledgeboard" },
    description: t.site.description((await getFramework()).name),
    alternates: await localizedAlternates("/feed.xml"),
    twitter: { card: "summary_large_image" },
  };
}

// Every page renders per request, with the nonce of its own response's Content-Security-Policy (proxy.ts): a page
// prerendered at build time (the static 404, /export) would hold no nonce, and the browser would refuse its scripts.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getCatalogue();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        {/* The client components take their words as props (the staff forms from lib/i18n/client.ts): of the messages,
            only the error page's cross to every page's browser, as an error boundary takes no props. */}
        <NextIntlClientProvider messages={{ errorPage: t.errorPage }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
