import { geoBounds, geoCentroid, geoConicEqualArea, geoInterpolate, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, FeatureCollection } from "geojson";
import world from "world-atlas/countries-110m.json";
import type { Dataset } from "../../data/dataset.ts";
import { CENTRAL_ASIA, type PlaceRow } from "../../data/schema.ts";
import { fitToBox, topologySubset, type LonLatBox } from "../../data/topologySubset.ts";
import type { EditionCode } from "../../i18n/editions.ts";
import { centralAsianStates, mapCountries } from "./countries.ts";
import { countryNames, fittedCountries } from "./fittedCountries.ts";
import type { FramePoint, RoutesMapData, RoutesMapFigures } from "./rows.ts";
import { withWords } from "./words.ts";

export type { FramePoint, MapCountry, MapCountryName, MapPlace, MapRoute, RoutesMapData } from "./rows.ts";

export type CountryTopology = Topology<{ countries: GeometryCollection }>;

/**
 * How far beyond the fitted countries' bounds, in degrees, the outlines are kept: the corners of a
 * conic map show more than the bounds of what it is fitted to (a unit test checks they stay inside).
 */
const NEAR_DEGREES = 5;

/** Grid the outlines are snapped to, in degrees: a third of a pixel where the map is 640 wide. */
const GRID_DEGREES = 0.05;

/** Width of the fitted countries in the reference frame, in reference units. */
export const REFERENCE_WIDTH = 1000;

/**
 * The frame's margin around the fitted countries, in reference units: 6 px where the map is drawn
 * at 640 by 440, as it was when the map was projected in the browser.
 */
const REFERENCE_MARGIN = 11.5;

/**
 * Where each country's name sits, in lon/lat: inside the country and clear of the routes and
 * places, chosen by eye on the fitted map. Countries not listed are not named.
 */
const nameAnchors: Record<string, { lonLat: [number, number]; wideOnly: boolean }> = {
  [mapCountries.kazakhstan]: { lonLat: [67, 48.6], wideOnly: false },
  [mapCountries.china]: { lonLat: [89, 32.5], wideOnly: false },
  [mapCountries.russia]: { lonLat: [92, 55.8], wideOnly: false },
  [mapCountries.uzbekistan]: { lonLat: [63.6, 41.6], wideOnly: true },
  [mapCountries.turkmenistan]: { lonLat: [58.6, 39.2], wideOnly: true },
  [mapCountries.kyrgyzstan]: { lonLat: [74.6, 41.3], wideOnly: true },
  [mapCountries.tajikistan]: { lonLat: [70.6, 38.4], wideOnly: true },
};

/** Whether two lon/lat bounds overlap; a box whose west edge is east of its east edge crosses 180°. */
function overlaps([[w1, s1], [e1, n1]]: LonLatBox, [[w2, s2], [e2, n2]]: LonLatBox): boolean {
  if (s1 > n2 || s2 > n1) return false;
  const spans = (w: number, e: number): [number, number][] =>
    w <= e
      ? [[w, e]]
      : [
          [w, 180],
          [-180, e],
        ];
  return spans(w1, e1).some(([a, b]) => spans(w2, e2).some(([c, d]) => a <= d && c <= b));
}

/** Reference units to one decimal: a fifth of a pixel or less wherever the map is drawn. */
const round = (value: number): number => Math.round(value * 10) / 10;

/** The world's country outlines, as features. */
function worldCountries(): FeatureCollection {
  const topology = world as unknown as CountryTopology;
  return feature(topology, topology.objects.countries) as FeatureCollection;
}

/**
 * The map before it is drawn: the country outlines near the fitted area (a subset of the world,
 * folded onto `box` beyond it, so the outlines far away never reach the page), and the projection
 * that puts them in the reference frame: conic equal-area, fitted to Central Asia and China with a
 * margin, clipped to `frame`. The frame must show nothing beyond `box` (a unit test checks it).
 */
export function referenceMap(): {
  countries: FeatureCollection;
  box: LonLatBox;
  projection: GeoProjection;
  frame: [[number, number], [number, number]];
} {
  const topology = world as unknown as CountryTopology;
  const all = worldCountries();
  const fittedIn = (collection: FeatureCollection): FeatureCollection => ({
    type: "FeatureCollection",
    features: collection.features.filter((f) => fittedCountries.includes(String(f.id))),
  });
  const [[west, south], [east, north]] = geoBounds(fittedIn(all));
  const box: LonLatBox = [
    [west - NEAR_DEGREES, south - NEAR_DEGREES],
    [east + NEAR_DEGREES, north + NEAR_DEGREES],
  ];
  // Outlines without an ISO code (a few disputed areas) could not be told apart in the chart, so they are left out.
  const nearIds = new Set(all.features.filter((f: Feature) => f.id !== undefined && overlaps(geoBounds(f), box)).map((f) => String(f.id)));
  const boxed = fitToBox(
    topologySubset(topology, "countries", (g) => nearIds.has(String(g.id))),
    box,
    GRID_DEGREES,
  ) as CountryTopology;
  const countries = feature(boxed, boxed.objects.countries) as FeatureCollection;

  const fitted = fittedIn(countries);
  const projection = geoConicEqualArea().parallels([30, 50]).rotate([-90, 0]).fitWidth(REFERENCE_WIDTH, fitted);
  const [tx, ty] = projection.translate();
  projection.translate([tx + REFERENCE_MARGIN, ty + REFERENCE_MARGIN]);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(fitted);
  const frame: [[number, number], [number, number]] = [
    [0, 0],
    [round(x1 + REFERENCE_MARGIN), round(y1 + REFERENCE_MARGIN)],
  ];
  if (Math.abs(x0 - REFERENCE_MARGIN) > 1e-6 || Math.abs(y0 - REFERENCE_MARGIN) > 1e-6)
    throw new Error(`the fitted countries start at ${x0},${y0}, not at the margin`);
  projection.clipExtent(frame);
  return { countries, box, projection, frame };
}

/**
 * Exactly what the routes map draws, projected once here at build time: country outlines clipped
 * to the reference frame, the routes as great circles with their arrowheads' points, the places and
 * the country names, all in reference units, so the page carries neither the world nor the code
 * to project it.
 */
export const routesMap = (data: Dataset, edition: EditionCode = "en"): RoutesMapData => withWords(routesMapFigures(data), edition);

/** The map's figures, projected, with the English names (words.ts gives each edition its own). */
function routesMapFigures({ places, railRoutes }: Dataset): RoutesMapFigures {
  const { countries, projection, frame } = referenceMap();
  const path = geoPath(projection).digits(1);
  const at = (lon: number, lat: number): FramePoint => {
    const point = projection([lon, lat]);
    if (!point) throw new Error(`${lon},${lat} does not project`);
    return [round(point[0]), round(point[1])];
  };

  const centralAsia = geoCentroid({
    type: "FeatureCollection",
    features: worldCountries().features.filter((f) => centralAsianStates.includes(String(f.id))),
  });
  const place = (id: string) => {
    const p = places.find((q) => q.id === id);
    if (!p) throw new Error(`no place ${id} in places.csv`);
    return p;
  };
  return {
    frame: frame[1],
    // Only the countries with something inside the frame.
    countries: countries.features.flatMap((f) => {
      const d = path(f);
      return d ? [{ id: String(f.id), d }] : [];
    }),
    names: Object.entries(nameAnchors).map(([id, { lonLat, wideOnly }]) => {
      const [x, y] = at(...lonLat);
      return { id, name: countryNames[id] ?? id, x, y, wideOnly };
    }),
    places: places.map(({ id, name, lon, lat, kind }) => {
      const [x, y] = at(lon, lat);
      return { id, name, lon, lat, kind, x, y };
    }),
    routes: railRoutes.map((r) => {
      const from = pick(place(r.origin));
      const to =
        r.destination === CENTRAL_ASIA
          ? { name: "all five Central Asian states", lon: centralAsia[0], lat: centralAsia[1], isRegion: true }
          : { ...pick(place(r.destination)), isRegion: false };
      const before = geoInterpolate([from.lon, from.lat], [to.lon, to.lat])(0.95);
      return {
        id: r.id,
        from,
        to,
        started: r.started,
        service: r.service,
        article: r.article,
        d:
          path({
            type: "LineString",
            coordinates: [
              [from.lon, from.lat],
              [to.lon, to.lat],
            ],
          }) ?? "",
        tip: at(to.lon, to.lat),
        before: at(before[0], before[1]),
      };
    }),
  };
}

const pick = ({ name, lon, lat }: PlaceRow) => ({ name, lon, lat });
