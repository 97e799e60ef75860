import type { Article, PlaceRow } from "../../data/schema.ts";
import type { EditionCode } from "../../i18n/editions.ts";
import type { RoutesMapDrawText } from "./text.ts";
import type { RoutesMapStateId } from "./states.ts";

/**
 * The routes map's rows, as the page carries them for the browser: the map already projected, and every name and
 * word it writes in the page's edition (text.ts, words.ts). Names, starts and services are in the rows' edition.
 */

/** A point in the reference frame: [x, y] in reference units. */
export type FramePoint = [number, number];

export interface MapPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  kind: PlaceRow["kind"];
  /** Where the place is in the reference frame. */
  x: number;
  y: number;
}

export interface MapRoute {
  id: string;
  from: { name: string; lon: number; lat: number };
  /** A named place, or the middle of the five Central Asian states where the article names no stop. */
  to: {
    name: string;
    lon: number;
    lat: number;
    isRegion: boolean;
    /** A shorter name for the key under the map, where a translation has one. */ keyName?: string;
  };
  started: string;
  service: string;
  article: Article;
  /** The great circle between the ends, as an SVG path in the reference frame. */
  d: string;
  /** The end of the line, where the arrowhead's tip is. */
  tip: FramePoint;
  /** The point 0.95 of the way along the great circle, which the arrowhead points away from. */
  before: FramePoint;
}

/** A country outline, projected and clipped to the reference frame; ids are ISO 3166-1 numeric codes. */
export interface MapCountry {
  id: string;
  d: string;
}

/** Where a country's name sits in the reference frame, and the name in the rows' edition; `wideOnly` names are left out on phones. */
export interface MapCountryName {
  id: string;
  name: string;
  x: number;
  y: number;
  wideOnly: boolean;
}

/**
 * The routes map, already projected: everything is in reference units in a frame whose top-left
 * corner is 0,0, and the chart only scales and moves it to fit the size it draws at, so the
 * browser needs no map projection or topology code.
 */
export interface RoutesMapFigures {
  /** The reference frame's [width, height]: the fitted countries plus a margin. Nothing is drawn outside it. */
  frame: [number, number];
  /** Natural Earth 1:110m country outlines with something inside the frame. */
  countries: MapCountry[];
  /** The country names the map shows, in drawing order. */
  names: MapCountryName[];
  places: MapPlace[];
  routes: MapRoute[];
}

export interface RoutesMapData extends RoutesMapFigures {
  edition: EditionCode;
  /** The fixed words the map draws, in the edition's language. */
  text: RoutesMapDrawText;
  /** Built at build time (words.ts): each state's summary, and the words under the map (wrapped in the browser to its width). */
  words: { summary: Record<RoutesMapStateId, string>; caption: Record<RoutesMapStateId, string> };
}
