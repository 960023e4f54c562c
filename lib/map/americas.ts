import "server-only";
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoPath, type GeoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import countryCodes from "i18n-iso-countries";
import { feature } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
// Natural Earth 1:50m as TopoJSON, shipped inside the npm package: nothing is fetched at run time.
import atlas from "world-atlas/countries-50m.json";

export type MapShape = { numericCode: string; name: string; d: string; x: number; y: number; tiny: boolean };
export type AmericasMap = { width: number; height: number; shapes: MapShape[] };

const WIDTH = 560;
const HEIGHT = 640;
// The frame: from Alaska and the Canadian Arctic down to Cape Horn.
const FRAME = { type: "MultiPoint" as const, coordinates: [[-168, 64], [-75, 82], [-34, -8], [-70, -56], [-120, 20]] };

let cached: AmericasMap | undefined;

/**
 * Every country of the Americas as an SVG path in one equal-area projection centred on the continent. Computed once
 * per process from the package's data (it never changes while the server runs).
 */
export function americasMap(): AmericasMap {
  if (cached) return cached;
  const full = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  // Outlines simplified while their arcs are still shared, so neighbours keep one border; the weight drops detail far
  // below a pixel of this map, which was most of the page's bytes. Where a whole island country simplifies away, its
  // unsimplified outline still places its marker.
  const simplified = simplify(presimplify(full), 0.02);
  const outlines = new Map((feature(simplified, simplified.objects.countries) as FeatureCollection<Geometry, { name: string }>)
    .features.map((country) => [country.id, country]));
  const countries = feature(full, full.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoAzimuthalEqualArea().rotate([88, -8])
    .fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], FRAME)
    .clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  // Whole-pixel precision in a 560-pixel frame: no visible change, and a third of the bytes.
  const path = geoPath(projection).digits(0);
  const shapes: MapShape[] = [];
  for (const country of countries.features) {
    const [longitude] = geoCentroid(country);
    if (longitude > -25 || longitude < -170 || country.id === undefined) continue;
    const [x, y] = path.centroid(country);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const outline = outlines.get(country.id);
    const d = outline ? path(withoutSpecks(outline, path)) ?? "" : "";
    // A country too small to see or to tap at this scale (Caribbean islands) also gets a round marker.
    const tiny = d === "" || path.area(country) < 40 || geoArea(country) < 2e-5;
    shapes.push({ numericCode: String(country.id), name: country.properties.name, d, x, y, tiny });
  }
  cached = { width: WIDTH, height: HEIGHT, shapes };
  return cached;
}

/**
 * The country without the islands too small to see at this scale (the Arctic archipelago's specks), which would
 * otherwise make most of the page's bytes; its largest part always stays, however small.
 */
function withoutSpecks(country: Feature<Geometry, { name: string }>, path: GeoPath): Feature<Geometry, { name: string }> {
  if (country.geometry.type !== "MultiPolygon") return country;
  const parts = country.geometry.coordinates.map((coordinates) => ({ coordinates, area: path.area({ type: "Polygon", coordinates }) }));
  const largest = Math.max(...parts.map((part) => part.area));
  const kept = parts.filter((part) => part.area >= 3 || part.area === largest).map((part) => part.coordinates);
  return { ...country, geometry: { type: "MultiPolygon", coordinates: kept } };
}

/** The numeric ISO 3166-1 code the atlas keys its countries by, for a two-letter code. */
export function numericCountryCode(alpha2: string): string | undefined {
  return countryCodes.alpha2ToNumeric(alpha2);
}
