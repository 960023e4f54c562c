import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pledgeboard", template: "%s · Pledgeboard" },
  description: "Where the commitments of the Los Angeles Declaration on Migration and Protection stand.",
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
