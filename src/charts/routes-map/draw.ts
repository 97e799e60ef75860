import { aroundPoint, pushPlaced, textBox, type Box } from "../labelSpace.ts";
import type { ChartModel, Mark, Size } from "../marks.ts";
import { pageDrawing } from "../pageDrawing.ts";
import { routesMapStates, type RoutesMapState, type RoutesMapStateId } from "./states.ts";
import { centralAsianStates, mapCountries } from "./countries.ts";
import { measureColors } from "../measureColors.ts";
import { partnerColors } from "../partnerColors.ts";
import { px, textMaker, wrapWords } from "../markHelpers.ts";
import type { MapRoute, RoutesMapData } from "./rows.ts";
import { fill } from "../chartText.ts";

const stateIds = Object.keys(routesMapStates) as RoutesMapStateId[];

/** Each country's tint, weight and colour in a state: the story's countries stand out from the rest. */
function countryStyle(id: string, state: RoutesMapState) {
  if (state.destinationRegion && centralAsianStates.includes(id)) {
    return { tint: "tint-article-2018", fill: measureColors["article-2018"].light, opacity: 0.3 };
  }
  if (id === mapCountries.kazakhstan) return { tint: "tint-central-asia", fill: "#595959", opacity: 0.3 };
  if (centralAsianStates.includes(id)) return { tint: "tint-central-asia", fill: "#595959", opacity: 0.24 };
  if (id === mapCountries.china) return { tint: "tint-china", fill: partnerColors.china.light, opacity: 0.16 };
  if (id === mapCountries.russia) return { tint: "tint-russia", fill: partnerColors.russia.light, opacity: 0.13 };
  return undefined;
}

const routeColor = (r: MapRoute) => measureColors[`article-${r.article}`].light;

/** The lines under the map for a state: a key line per route, then the caption (built with the rows, words.ts) wrapped to the width. */
function captionLayout(data: RoutesMapData, stateId: RoutesMapStateId, width: number, fontSize: number) {
  const state: RoutesMapState = routesMapStates[stateId];
  const keys = data.routes.filter((r) => (state.routes as readonly string[]).includes(r.id));
  const lines = wrapWords(data.words.caption[stateId], Math.floor((width - 8) / (fontSize * 0.55)));
  return { keys, lines, count: keys.length + lines.length };
}

/** An arrowhead at `tip`, pointing away from `from`, as a closed path. */
function arrowhead(from: [number, number], tip: [number, number], size: number): string {
  const angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
  const corner = (turn: number): string => `${px(tip[0] - size * Math.cos(angle + turn))},${px(tip[1] - size * Math.sin(angle + turn))}`;
  return `M${px(tip[0])},${px(tip[1])}L${corner(0.45)}L${corner(-0.45)}Z`;
}

/**
 * How the reference frame the data is projected into is drawn at a size: scaled by `k` and moved by
 * `tx`, `ty`, it fills the map's room centred (as d3's fitExtent would), so the map depends only on
 * the size and stays put between states. The room is the space between `mapTop` and `mapBottom`,
 * 6 px in from the sides, grown by 6 px all round for the frame's margin around the countries it
 * was fitted to: that margin is 6 px at 640 by 440, so there the countries fill the room just as
 * they did when the browser projected the map. The numbers are rounded as the transform writes
 * them, so points placed with them sit exactly where the scaled paths are.
 */
function mapFit(
  frame: readonly [number, number],
  width: number,
  mapTop: number,
  mapBottom: number,
): { k: number; tx: number; ty: number; bottom: number } {
  const [x0, y0, x1, y1] = [0, mapTop - 6, width, mapBottom + 6];
  // The scale to 1e-5: a hundredth of a pixel across the whole frame.
  const k = Math.round(Math.min((x1 - x0) / frame[0], (y1 - y0) / frame[1]) * 1e5) / 1e5;
  const tx = px(x0 + (x1 - x0 - k * frame[0]) / 2);
  const ty = px(y0 + (y1 - y0 - k * frame[1]) / 2);
  return { k, tx, ty, bottom: ty + k * frame[1] };
}

/**
 * The overland routes the articles describe, on Natural Earth country outlines: Lianyungang to
 * Almaty (2015) and Xinxiang through the five Central Asian states (2018), as schematic
 * great-circle lines, with two China-Kazakhstan rail border crossings as context. The data
 * comes projected (routesMap in src/data projects it at build time), so this only scales it to the
 * size; that depends only on the size, so country outlines stay put between states.
 * A pure function of (data, state, size); every name and word it writes comes with the rows, in their edition
 * (text.ts, words.ts).
 */
export function routesMapChart(data: RoutesMapData, stateId: RoutesMapStateId, { width, height }: Size): ChartModel {
  const state: RoutesMapState = routesMapStates[stateId];
  const narrow = width < 480;
  const fontSize = narrow ? 12 : 13;
  const lineHeight = fontSize + 3;
  const text = textMaker(fontSize);
  // Room under the map for the longest caption of any state, so the map stays put between states.
  const reserved = Math.max(...stateIds.map((s) => captionLayout(data, s, width, fontSize).count));
  const mapTop = 8;
  const fit = mapFit(data.frame, width, mapTop, height - reserved * lineHeight - 10);
  const at = ([x, y]: readonly [number, number]): [number, number] => [fit.k * x + fit.tx, fit.k * y + fit.ty];
  // Paths keep the frame's coordinates and are scaled as a whole; their strokes stay in screen pixels.
  const frameAttrs = { transform: `matrix(${fit.k} 0 0 ${fit.k} ${fit.tx} ${fit.ty})`, "vector-effect": "non-scaling-stroke" };
  const marks: Mark[] = [];

  // Countries: the shaper kept only those with something inside the frame.
  for (const { id, d } of data.countries) {
    const style = countryStyle(id, state);
    marks.push({
      key: `country-${id}`,
      tag: "path",
      attrs: {
        class: style ? `land tinted ${style.tint}` : "land",
        d,
        ...frameAttrs,
        fill: style?.fill ?? "#e6e6e6",
        "fill-opacity": style?.opacity ?? 1,
        stroke: "#ffffff",
        "stroke-width": 0.75,
      },
    });
  }

  for (const { id, name, x: frameX, y: frameY, wideOnly } of data.names) {
    if (narrow && wideOnly) continue;
    const [x, y] = at([frameX, frameY]);
    marks.push(
      text(`name-${id}`, name, {
        class: "country-label",
        x: px(x),
        y: px(y),
        "text-anchor": "middle",
        "font-size": wideOnly ? fontSize - 3 : fontSize - 1,
        fill: "#595959",
        "font-weight": wideOnly ? 400 : 700,
      }),
    );
  }

  // Routes: great circles between the named ends, dashed because they are schematic.
  for (const route of data.routes) {
    if (!(state.routes as readonly string[]).includes(route.id)) continue;
    const color = routeColor(route);
    const tint = `tint-article-${route.article}`;
    marks.push({
      key: `route-${route.id}`,
      tag: "path",
      attrs: {
        class: `route ${tint}`,
        d: route.d,
        ...frameAttrs,
        fill: "none",
        stroke: color,
        "stroke-width": 3,
        "stroke-dasharray": "7 4",
      },
    });
    marks.push({
      key: `arrow-${route.id}`,
      tag: "path",
      attrs: { class: `arrowhead ${tint}`, d: arrowhead(at(route.before), at(route.tip), narrow ? 9 : 11), fill: color },
    });
  }

  // Places: cities as dots, border crossings as rings. A city that ends only routes this state does not
  // draw is left out, so the 2015 line is not shown beside a 2018 place.
  const shownRoutes = data.routes.filter((route) => (state.routes as readonly string[]).includes(route.id));
  const endsAShownRoute = (name: string) => shownRoutes.some((route) => route.from.name === name || route.to.name === name);
  const endsAnyRoute = (name: string) => data.routes.some((route) => route.from.name === name || route.to.name === name);
  const places = data.places.filter(
    (place) => place.kind === "border-crossing" || !endsAnyRoute(place.name) || endsAShownRoute(place.name),
  );
  for (const place of places) {
    const [x, y] = at([place.x, place.y]);
    const crossing = place.kind === "border-crossing";
    marks.push({
      key: `place-${place.id}`,
      tag: "circle",
      attrs: crossing
        ? { class: "crossing", cx: px(x), cy: px(y), r: RING_RADIUS, fill: "#ffffff", stroke: "#1a1a1a", "stroke-width": 1.5 }
        : { class: "place", cx: px(x), cy: px(y), r: 4, fill: "#1a1a1a", stroke: "#ffffff", "stroke-width": 1.5 },
    });
  }
  for (const place of places) {
    const [x, y] = at([place.x, place.y]);
    const crossing = place.kind === "border-crossing";
    const size = crossing ? fontSize - 2 : fontSize;
    // The place chosen by eye first, then any place around the marker that covers no route, marker or name.
    const preferred = (placeLabels[place.id] ?? [defaultPlaceLabel]).map((o) => ({
      x: px(x + o.dx),
      y: px(y + o.dy),
      "text-anchor": o.anchor,
    }));
    const label = text(`place-label-${place.id}`, place.name, {
      class: crossing ? "note" : "axis-title",
      x: 0,
      y: 0,
      "text-anchor": "start",
      "font-size": size,
      fill: crossing ? "#595959" : "#1a1a1a",
      "font-weight": crossing ? 400 : 700,
    });
    // A crossing's name set beside a ring names that ring: never beside the other crossing's. Further out, a
    // leader joins it to its own (see `leader`).
    const others = crossing ? places.filter((o) => o !== place && o.kind === place.kind).map((o) => at([o.x, o.y])) : [];
    const candidates = [...preferred, ...aroundPoint(x, y, size, 6, 5)].filter((c) => {
      const box = textBox({ ...label, attrs: { ...label.attrs, ...c } });
      const own = gapTo(x, y, box);
      return own > LEADER_FROM || others.every(([ox, oy]) => gapTo(ox, oy, box) > own + 1);
    });
    if (pushPlaced(marks, label, candidates, { left: 0, top: 0, right: width, bottom: fit.bottom }) && crossing)
      marks.push(...leader(place.id, x, y, textBox(marks.at(-1)!)));
  }

  // Under the map: a key line per route (a dashed sample in its colour), then the caption.
  const caption = captionLayout(data, stateId, width, fontSize);
  const firstLine = fit.bottom + 18;
  caption.keys.forEach((route, i) => {
    const y = firstLine + i * lineHeight;
    const color = routeColor(route);
    marks.push({
      key: `key-line-${route.id}`,
      tag: "line",
      attrs: {
        class: `route tint-article-${route.article}`,
        x1: 4,
        x2: 30,
        y1: px(y - 4),
        y2: px(y - 4),
        stroke: color,
        "stroke-width": 3,
        "stroke-dasharray": "7 4",
      },
    });
    marks.push(
      text(
        `key-${route.id}`,
        fill(data.text.key, { article: route.article, from: route.from.name, to: route.to.keyName ?? route.to.name }),
        {
          class: `series-label tint-article-${route.article}`,
          x: 36,
          y: px(y),
          fill: color,
          "font-weight": narrow ? 400 : 700,
        },
      ),
    );
  });
  caption.lines.forEach((value, i) => {
    marks.push(
      text(`caption-${i + 1}`, value, {
        class: "note",
        x: 4,
        y: px(firstLine + (caption.keys.length + i) * lineHeight),
        "font-size": fontSize - 1,
      }),
    );
  });

  // The words were built with the rows, from the same figures (words.ts): the browser does not ship their code.
  return { width, height, marks, summary: data.words.summary[stateId] };
}

/**
 * A thin line from a crossing's ring to its name, where no place beside the ring was clear and the name went
 * further out: the two crossings are a few pixels apart, and a name set by the other ring was read as its
 * (audit 16). None where the name sits beside its own ring.
 */
function leader(id: string, x: number, y: number, box: Box): Mark[] {
  const distance = gapTo(x, y, box);
  // Along the line from the ring's centre to the nearest point of the name, from just outside the ring to just short of the name.
  const along = (k: number) => ({
    x: px(x + ((nearest(x, box.left, box.right) - x) * k) / distance),
    y: px(y + ((nearest(y, box.top, box.bottom) - y) * k) / distance),
  });
  const [from, to] = [along(RING_RADIUS + 1.5), along(distance - 1.5)];
  return distance > LEADER_FROM
    ? [
        {
          key: `place-leader-${id}`,
          tag: "line",
          attrs: { class: "leader", stroke: "#595959", "stroke-width": 0.75, x1: from.x, y1: from.y, x2: to.x, y2: to.y },
        },
      ]
    : [];
}
const nearest = (v: number, low: number, high: number) => Math.min(Math.max(v, low), high);
/** How far a point is from the nearest edge of a box (0 inside it). */
const gapTo = (x: number, y: number, box: Box) => Math.hypot(nearest(x, box.left, box.right) - x, nearest(y, box.top, box.bottom) - y);

/** A crossing's ring, and how far its name may sit before a leader joins them (the preferred places are within 9 px). */
const RING_RADIUS = 3.5;
const LEADER_FROM = 12;

type PlaceLabel = { dx: number; dy: number; anchor: "start" | "end" };

/**
 * Where each place's name may go relative to its marker, in order of preference, chosen by eye so
 * that neighbours and the routes leave it clear: Xinxiang and Lianyungang sit close together, as
 * do Almaty and the crossings. The first that fits inside the map and covers nothing is used (see
 * placeLabel in labelSpace.ts); failing all, any clear place around the marker.
 */
const placeLabels: Record<string, PlaceLabel[]> = {
  almaty: [{ dx: -7, dy: -5, anchor: "end" }],
  "alashankou-dostyk": [{ dx: 7, dy: -3, anchor: "start" }],
  // Below its ring, either side, or left: never up by the other crossing's ring (audit 16 found it there).
  "khorgos-altynkol": [
    { dx: 7, dy: 12, anchor: "start" },
    { dx: -7, dy: 12, anchor: "end" },
  ],
  xinxiang: [{ dx: -4, dy: -8, anchor: "end" }],
  lianyungang: [
    { dx: 7, dy: 5, anchor: "start" },
    { dx: 5, dy: 20, anchor: "end" },
  ],
};
const defaultPlaceLabel: PlaceLabel = { dx: 7, dy: 4, anchor: "start" };

/** What the browser loads for this chart alone: its drawing function and states (src/client/chartDraws.ts). */
export const drawing = pageDrawing(routesMapStates, routesMapChart);
