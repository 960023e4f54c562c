import type { ReactNode } from "react";

/** Embeds stand alone inside another site's iframe: no site header, no navigation. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <main className="p-3 text-sm">{children}</main>;
}
