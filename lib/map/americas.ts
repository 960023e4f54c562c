import "server-only";
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import countryCodes from "i18n-iso-countries";
import { feature } from "topojson-client";
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
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoAzimuthalEqualArea().rotate([88, -8])
    .fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], FRAME)
    .clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  const path = geoPath(projection);
  const shapes: MapShape[] = [];
  for (const country of countries.features as Feature<Geometry, { name: string }>[]) {
    const [longitude] = geoCentroid(country);
    if (longitude > -25 || longitude < -170 || country.id === undefined) continue;
    const d = path(country);
    if (!d) continue;
    const [x, y] = path.centroid(country);
    // A country too small to see or to tap at this scale (Caribbean islands) also gets a round marker.
    const tiny = path.area(country) < 40 || geoArea(country) < 2e-5;
    shapes.push({ numericCode: String(country.id), name: country.properties.name, d, x, y, tiny });
  }
  cached = { width: WIDTH, height: HEIGHT, shapes };
  return cached;
}

/** The numeric ISO 3166-1 code the atlas keys its countries by, for a two-letter code. */
export function numericCountryCode(alpha2: string): string | undefined {
  return countryCodes.alpha2ToNumeric(alpha2);
}
