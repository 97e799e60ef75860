import type { EditionCode } from "../../i18n/editions.ts";
import { fill } from "../chartText.ts";
import { routesMapStates, type RoutesMapState, type RoutesMapStateId } from "./states.ts";
import type { MapRoute, RoutesMapData, RoutesMapFigures } from "./rows.ts";
import { names, routesMapText, routeWords } from "./text.ts";

/**
 * The routes map's rows in an edition, built at build time: the names of places and countries and the routes'
 * words in the edition, each state's summary and the words under the map, from the same rows the marks are drawn
 * from, carried in the rows so the browser's drawing code only places them.
 */

const missing = (edition: string, what: string): never => {
  throw new Error(`src/charts/routes-map/text.ts: no ${edition} words for ${what}`);
};

/** The digits a text writes ("2015", "28", "50"), to check that a translation gives the same figures as the English. */
const figuresIn = (text: string) => (text.match(/\d+/g) ?? []).sort().join(" ");

/** The figures with every name and the routes' words in an edition; English as they come. */
function translated(figures: RoutesMapFigures, edition: EditionCode): RoutesMapFigures {
  if (edition === "en") return figures;
  const own = names[edition];
  const place = (id: string) => own.places[id] ?? missing(edition, `the place "${id}"`);
  const placeIdOf = (name: string) => figures.places.find((p) => p.name === name)?.id ?? missing(edition, `the place named "${name}"`);
  const route = (r: MapRoute): MapRoute => {
    const words = routeWords[edition][r.id] ?? missing(edition, `the route "${r.id}"`);
    for (const [english, text] of [
      [r.started, words.started],
      [r.service, words.service],
    ] as const) {
      if (figuresIn(english) !== figuresIn(text))
        throw new Error(`src/charts/routes-map/text.ts: "${text}" does not write the figures of "${english}"`);
    }
    return {
      ...r,
      from: { ...r.from, name: place(placeIdOf(r.from.name)) },
      to: { ...r.to, ...(r.to.isRegion ? { name: own.region, keyName: own.regionKey } : { name: place(placeIdOf(r.to.name)) }) },
      started: words.started,
      service: words.service,
    };
  };
  return {
    ...figures,
    names: figures.names.map((n) => ({ ...n, name: own.countries[n.id] ?? missing(edition, `the country "${n.id}"`) })),
    places: figures.places.map((p) => ({ ...p, name: place(p.id) })),
    routes: figures.routes.map(route),
  };
}

const shown = (data: RoutesMapFigures, state: RoutesMapState) =>
  data.routes.filter((r) => (state.routes as readonly string[]).includes(r.id));

/** The words under the map for a state, after the route key: what the lines are, or what the one route carried. */
function caption(data: RoutesMapFigures, state: RoutesMapState, edition: EditionCode): string {
  const text = routesMapText[edition];
  if (state.caption === "overview") return text.overview;
  return shown(data, state)
    .map((r) => fill(text.route, { started: r.started, service: r.service }))
    .join(" ");
}

/** Words for what the state shows, built from the same rows the marks are. */
function summarise(data: RoutesMapFigures, state: RoutesMapState, edition: EditionCode): string {
  const text = routesMapText[edition];
  const crossings = data.places.filter((p) => p.kind === "border-crossing").map((p) => p.name);
  const described = shown(data, state).map((r) =>
    fill(text.described, { from: r.from.name, to: r.to.name, article: r.article, service: r.service, started: r.started }),
  );
  return `${text.intro} ${described.join(". ")}.${state.destinationRegion ? text.region : ""}${text.shaded(crossings)}`;
}

/** The rows with the edition's names and words. */
export function withWords(figures: RoutesMapFigures, edition: EditionCode): RoutesMapData {
  const data = translated(figures, edition);
  const states = Object.keys(routesMapStates) as RoutesMapStateId[];
  const each = (words: (state: RoutesMapState) => string) =>
    Object.fromEntries(states.map((id) => [id, words(routesMapStates[id])])) as Record<RoutesMapStateId, string>;
  return {
    ...data,
    edition,
    text: routesMapText[edition].draw,
    words: { summary: each((s) => summarise(data, s, edition)), caption: each((s) => caption(data, s, edition)) },
  };
}
