import { ImageResponse } from "next/og";
import type { StatusCounts } from "@/lib/data/public-commitments";
import { STATUS_ORDER } from "@/lib/domain/status";
import type { Catalogue } from "@/lib/messages/en";
import { STATUS_FILL } from "@/lib/domain/status-palette";

export const PREVIEW_SIZE = { width: 1200, height: 630 };

/**
 * Only Latin letters, digits and punctuation: the image is drawn with the one font Next.js ships (Geist), and a
 * glyph it lacks would make the renderer fetch a font from the network, which a preview must never do.
 */
const drawable = (text: string) => text.replace(/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}$€£]/gu, "").slice(0, 160);

/** A page's social preview: its name, a headline and a bar of statuses with their counts, all offline. */
export function previewImage({ kicker, title, counts, statuses }: {
  kicker: string;
  title: string;
  counts: StatusCounts;
  /** The statuses' names in the language of the page the image previews. */
  statuses: Catalogue["status"];
}) {
  const total = STATUS_ORDER.reduce((sum, status) => sum + (counts[status] ?? 0), 0) || 1;
  const shown = STATUS_ORDER.filter((status) => (counts[status] ?? 0) > 0);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between",
        padding: 64, background: "#ffffff", color: "#0f172a" }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 30, color: "#334155" }}>{drawable(`Pledgeboard · ${kicker}`)}</div>
          <div style={{ fontSize: 60, marginTop: 20, lineHeight: 1.15 }}>{drawable(title)}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", height: 36, width: "100%", borderRadius: 8, overflow: "hidden", background: "#e2e8f0" }}>
            {shown.map((status) => (
              <div key={status} style={{ width: `${((counts[status] ?? 0) / total) * 100}%`, background: STATUS_FILL[status] }} />
            ))}
          </div>
          <div style={{ display: "flex", flexWrap: "wrap", marginTop: 16, fontSize: 28 }}>
            {shown.map((status) => (
              <div key={status} style={{ display: "flex", alignItems: "center", marginRight: 32 }}>
                <div style={{ width: 24, height: 24, background: STATUS_FILL[status], border: "2px solid #334155", marginRight: 10 }} />
                {`${statuses[status].label}: ${counts[status]}`}
              </div>
            ))}
          </div>
        </div>
      </div>
    ),
    PREVIEW_SIZE,
  );
}
