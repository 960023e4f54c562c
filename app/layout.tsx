import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { getFramework } from "@/lib/data/frameworks";
import { appOrigin } from "@/lib/env";
import "./globals.css";

// The origin makes the social preview images' addresses absolute, as the sites that show them require.
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(appOrigin((await headers()).get("host"))),
    title: { default: "Pledgeboard", template: "%s · Pledgeboard" },
    description: `Where the commitments of the ${(await getFramework()).name} stand.`,
    alternates: { types: { "application/atom+xml": "/feed.xml" } },
    twitter: { card: "summary_large_image" },
  };
}

// Every page renders per request, with the nonce of its own response's Content-Security-Policy (proxy.ts): a page
// prerendered at build time (the static 404, /export) would hold no nonce, and the browser would refuse its scripts.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
