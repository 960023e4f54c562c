import { StatusSwatch } from "@/components/ui/status-swatch";
import type { StatusCounts } from "@/lib/data/public-commitments";
import { predominantStatus } from "@/lib/domain/country-shade";
import { STATUS_ORDER, STATUSES } from "@/lib/domain/status";
import { STATUS_FILL } from "@/lib/domain/status-palette";
import { getCatalogue } from "@/lib/i18n/server";
import { americasMap, numericCountryCode } from "@/lib/map/americas";
import type { Catalogue } from "@/lib/messages/en";

type MapCountry = { code: string; name: string; total: number; counts: StatusCounts };

function describe(country: MapCountry, t: Catalogue): string {
  const parts = STATUS_ORDER.filter((status) => (country.counts[status] ?? 0) > 0)
    .map((status) => `${country.counts[status]} ${t.status[status].label.toLowerCase()}`);
  return t.mapPage.country(country.name, country.total, parts.join(", "));
}

/**
 * The Americas with each acting country shaded by the status most of its commitments have, each a link to its page.
 * Drawn on the server as SVG (no script); the list beside it says the same in words, and countries off the map
 * (outside the Americas) are in that list too.
 */
export async function AmericasMap({ countries }: { countries: MapCountry[] }) {
  const { t, href } = await getCatalogue();
  const map = americasMap();
  const byNumeric = new Map(countries.map((country) => [numericCountryCode(country.code), country]));
  const shown = new Set<string>();
  const used = new Set(countries.map((country) => predominantStatus(country.counts)));
  return (
    <figure>
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-labelledby="map-title"
        className="h-auto w-full max-w-xl rounded border border-slate-200 bg-sky-50" data-map="americas">
        <title id="map-title">{t.mapPage.mapTitle}</title>
        {map.shapes.map((shape) => {
          const country = byNumeric.get(shape.numericCode);
          const status = country ? predominantStatus(country.counts) : null;
          if (!country || !status) {
            return shape.d ? <path key={shape.numericCode} d={shape.d} fill="#f8fafc" stroke="#94a3b8" strokeWidth="0.5" aria-hidden="true" /> : null;
          }
          shown.add(country.code);
          return (
            <a key={shape.numericCode} href={href(`/countries/${country.code.toLowerCase()}`)} aria-label={describe(country, t)}
              data-country={country.code} data-status={status}>
              <title>{describe(country, t)}</title>
              {shape.d && <path d={shape.d} fill={STATUS_FILL[status]} stroke="#0f172a" strokeWidth="0.8" />}
              {shape.tiny && <circle cx={shape.x} cy={shape.y} r="6" fill={STATUS_FILL[status]} stroke="#0f172a" strokeWidth="1" />}
            </a>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-700">
        {t.mapPage.caption}
        <span className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {STATUS_ORDER.filter((status) => used.has(status)).map((status) => (
            <span key={status} className="inline-flex items-center gap-1 whitespace-nowrap">
              <StatusSwatch status={status} /><span aria-hidden="true">{STATUSES[status].icon}</span> {t.status[status].label}
            </span>
          ))}
        </span>
        {countries.some((country) => !shown.has(country.code)) && (
          <span className="mt-1 block">
            {t.mapPage.offMap(countries.filter((country) => !shown.has(country.code)).map((country) => country.name).join(", "))}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
