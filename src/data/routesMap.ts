import { geoBounds, geoCentroid } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, FeatureCollection } from "geojson";
import world from "world-atlas/countries-110m.json";
import type { Dataset } from "./dataset.ts";
import { CENTRAL_ASIA, type Article, type PlaceRow } from "./schema.ts";
import { fitToBox, topologySubset, type LonLatBox } from "./topologySubset.ts";
import { centralAsianStates, fittedCountries } from "../charts/routesMapCountries.ts";

export type CountryTopology = Topology<{ countries: GeometryCollection }>;

export interface MapPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  kind: PlaceRow["kind"];
}

export interface MapRoute {
  id: string;
  from: { name: string; lon: number; lat: number };
  /** A named place, or the middle of the five Central Asian states where the article names no stop. */
  to: { name: string; lon: number; lat: number; isRegion: boolean };
  started: string;
  service: string;
  article: Article;
}

export interface RoutesMapData {
  /** Natural Earth 1:110m country outlines near the fitted area, folded onto `box` beyond it; ids are ISO numeric codes. */
  topology: CountryTopology;
  /** The lon/lat box the outlines are complete in: the map must show nothing beyond it. */
  box: LonLatBox;
  places: MapPlace[];
  routes: MapRoute[];
}

/**
 * How far beyond the fitted countries' bounds, in degrees, the map's data reach: the corners of a
 * conic map show more than the bounds of what it is fitted to (a unit test checks they stay inside).
 */
const NEAR_DEGREES = 5;

/** Grid the outlines are snapped to, in degrees: a third of a pixel where the map is 640 wide. */
const GRID_DEGREES = 0.05;

/** Whether two lon/lat bounds overlap; a box whose west edge is east of its east edge crosses 180°. */
function overlaps([[w1, s1], [e1, n1]]: LonLatBox, [[w2, s2], [e2, n2]]: LonLatBox): boolean {
  if (s1 > n2 || s2 > n1) return false;
  const spans = (w: number, e: number): [number, number][] => (w <= e ? [[w, e]] : [[w, 180], [-180, e]]);
  return spans(w1, e1).some(([a, b]) => spans(w2, e2).some(([c, d]) => a <= d && c <= b));
}

/**
 * Exactly what the routes map draws: the country outlines it can show (a subset of the world
 * topology, so the page carries a few kilobytes rather than the world), the places and the routes.
 */
export function routesMap({ places, railRoutes }: Dataset): RoutesMapData {
  const topology = world as unknown as CountryTopology;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection;
  const fitted: FeatureCollection = { type: "FeatureCollection", features: countries.features.filter((f) => fittedCountries.includes(String(f.id))) };
  const [[west, south], [east, north]] = geoBounds(fitted);
  const near: LonLatBox = [
    [west - NEAR_DEGREES, south - NEAR_DEGREES],
    [east + NEAR_DEGREES, north + NEAR_DEGREES],
  ];
  // Outlines without an ISO code (a few disputed areas) could not be told apart in the chart, so they are left out.
  const nearIds = new Set(countries.features.filter((f: Feature) => f.id !== undefined && overlaps(geoBounds(f), near)).map((f) => String(f.id)));
  const boxed = fitToBox(
    topologySubset(topology, "countries", (g) => nearIds.has(String(g.id))),
    near,
    GRID_DEGREES,
  );
  const pruned = topologySubset(boxed, "countries", () => true);
  // Names and other properties are not drawn; the ids say which country is which.
  const lean: CountryTopology = {
    ...pruned,
    objects: { countries: { type: "GeometryCollection", geometries: pruned.objects.countries!.geometries.map(({ properties: _, ...g }) => g) } },
  };

  const centralAsia = geoCentroid({ type: "FeatureCollection", features: countries.features.filter((f) => centralAsianStates.includes(String(f.id))) });
  const place = (id: string) => {
    const p = places.find((q) => q.id === id);
    if (!p) throw new Error(`no place ${id} in places.csv`);
    return p;
  };
  return {
    topology: lean,
    box: near,
    places: places.map(({ id, name, lon, lat, kind }) => ({ id, name, lon, lat, kind })),
    routes: railRoutes.map((r) => {
      const from = place(r.origin);
      const to =
        r.destination === CENTRAL_ASIA
          ? { name: "all five Central Asian states", lon: centralAsia[0], lat: centralAsia[1], isRegion: true }
          : { ...pick(place(r.destination)), isRegion: false };
      return { id: r.id, from: pick(from), to, started: r.started, service: r.service, article: r.article };
    }),
  };
}

const pick = ({ name, lon, lat }: PlaceRow) => ({ name, lon, lat });
