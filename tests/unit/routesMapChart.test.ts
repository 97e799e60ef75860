import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { routesMapChart } from "../../src/charts/routes-map/draw.ts";
import { routesMapStates, type RoutesMapStateId } from "../../src/charts/routes-map/states.ts";
import { routesMapTables } from "../../src/charts/routes-map/tables.ts";
import { mapCountries } from "../../src/charts/routes-map/countries.ts";
import { renderSvgMarks } from "../../src/charts/renderSvgMarks.ts";
import { dataset } from "../../src/data/dataset.ts";
import { referenceMap, routesMap } from "../../src/charts/routes-map/data.ts";
import { textBox } from "../../src/charts/labelSpace.ts";
import { desktop, expectInside, expectStableKeys, keysOf, markOf, phone, textOf } from "./chartTestHelpers.ts";

const data = routesMap(dataset());
const states = Object.keys(routesMapStates) as RoutesMapStateId[];
const ids = data.countries.map((c) => c.id);

/** Every coordinate pair in an SVG path string. */
const pathPairs = (d: string): [number, number][] => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe("routesMap(dataset)", () => {
  it("keeps the countries the map names and drops those far from Central Asia and China", () => {
    expect(ids).toEqual(expect.arrayContaining(Object.values(mapCountries)));
    for (const far of ["250", "840", "076", "036"]) expect(ids, far).not.toContain(far);
  });

  it("draws every outline, route and point inside the reference frame, so nothing beyond the map travels with the page", () => {
    const [width, height] = data.frame;
    const pairs = [...data.countries.map((c) => c.d), ...data.routes.map((r) => r.d)].flatMap(pathPairs);
    const points = [
      ...pairs,
      ...data.places.map((p): [number, number] => [p.x, p.y]),
      ...data.names.map((n): [number, number] => [n.x, n.y]),
      ...data.routes.flatMap((r) => [r.tip, r.before]),
    ];
    expect(pairs.length).toBeGreaterThan(500);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });

  it("stays small enough to ride along in the page", () => {
    expect(JSON.stringify(data).length).toBeLessThan(20_000);
  });

  it("ends the 2018 route in the middle of the five Central Asian states, since the article names no stop", () => {
    const route = data.routes.find((r) => r.id === "xinxiang-central-asia")!;
    expect(route.to).toMatchObject({ name: "all five Central Asian states", isRegion: true });
    expect(route.to.lon).toBeGreaterThan(55);
    expect(route.to.lon).toBeLessThan(80);
    expect(data.routes.find((r) => r.id === "lianyungang-almaty")!.to).toMatchObject({
      name: "Almaty",
      lon: 76.9115,
      lat: 43.25249,
      isRegion: false,
    });
  });

  it("puts each route's arrowhead points at its end and just before it, along the line", () => {
    for (const route of data.routes) {
      const line = pathPairs(route.d);
      expect(line.at(-1), route.id).toEqual(route.tip);
      const [[x0, y0], [x1, y1]] = [line.at(-2)!, route.tip];
      // `before` lies on the last segment of the drawn line, between its ends.
      const cross = (route.before[0] - x0) * (y1 - y0) - (route.before[1] - y0) * (x1 - x0);
      expect(Math.abs(cross) / Math.hypot(x1 - x0, y1 - y0), route.id).toBeLessThan(0.5);
      expect(Math.hypot(route.before[0] - x1, route.before[1] - y1), route.id).toBeGreaterThan(5);
    }
  });
});

describe("referenceMap()", () => {
  const { projection, frame, box } = referenceMap();
  const [[west, south], [east, north]] = box;

  it("frames the fitted countries with their margin, from 0,0", () => {
    expect(frame).toEqual([[0, 0], data.frame]);
    expect(data.frame[0]).toBeGreaterThan(1000);
    expect(data.frame[0]).toBeLessThan(1030);
  });

  it("shows nothing beyond the outlines' box", () => {
    const [[x0, y0], [x1, y1]] = frame;
    for (let t = 0; t <= 1; t += 0.05) {
      for (const point of [
        [x0 + t * (x1 - x0), y0],
        [x0 + t * (x1 - x0), y1],
        [x0, y0 + t * (y1 - y0)],
        [x1, y0 + t * (y1 - y0)],
      ] as [number, number][]) {
        const [lon, lat] = projection.invert!(point)!;
        expect(lon, `${point}`).toBeGreaterThan(west + 0.25);
        expect(lon, `${point}`).toBeLessThan(east - 0.25);
        expect(lat, `${point}`).toBeGreaterThan(south + 0.25);
        expect(lat, `${point}`).toBeLessThan(north - 0.25);
      }
    }
  });
});

/** A module and the local modules it imports, transitively, as [path, source] pairs. */
function localImportGraph(entry: string, seen = new Map<string, string>()): Map<string, string> {
  if (seen.has(entry)) return seen;
  const source = readFileSync(entry, "utf8");
  seen.set(entry, source);
  for (const [, specifier, typeOnly] of importSpecifiers(source)) {
    if (specifier!.startsWith(".") && !typeOnly) localImportGraph(resolve(dirname(entry), specifier!), seen);
  }
  return seen;
}

/** Every import and re-export in a module: [statement, specifier, whether it imports types only]. */
const importSpecifiers = (source: string) =>
  [
    ...source.matchAll(
      /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    ),
  ].map((m) => [m[0], m[2] ?? m[3], m[1] !== undefined] as const);

describe("the routes map's browser code", () => {
  it("imports no map projection, topology or atlas code: the data comes projected", () => {
    const graph = localImportGraph(resolve("src/charts/routes-map/draw.ts"));
    expect([...graph.keys()].map((p) => p.slice(resolve(".").length + 1))).toContain("src/charts/routes-map/draw.ts");
    for (const [path, source] of graph) {
      for (const [statement, specifier, typeOnly] of importSpecifiers(source)) {
        if (typeOnly) continue;
        expect(specifier, `${path}: ${statement.trim()}`).not.toMatch(/^(d3-geo|topojson|world-atlas|d3$)/);
      }
    }
  });
});

describe("routesMapChart(data, state, size)", () => {
  it("keeps the outlines still between states, changing only their tint", () => {
    const d = (state: RoutesMapStateId, id: string) => markOf(routesMapChart(data, state, desktop), `country-${id}`)?.attrs.d;
    for (const id of [mapCountries.kazakhstan, mapCountries.china, mapCountries.russia]) {
      expect(d("route-2015", id), id).toBe(d("overview", id));
      expect(d("route-2018", id), id).toBe(d("overview", id));
    }
    expectStableKeys(states.map((s) => routesMapChart(data, s, desktop)));
  });

  it("draws only countries inside the frame", () => {
    const drawn = keysOf(routesMapChart(data, "overview", desktop)).filter((k) => k.startsWith("country-"));
    expect(drawn.length).toBeGreaterThan(15);
    expect(drawn.length).toBeLessThanOrEqual(ids.length);
  });

  it.each([
    ["overview", ["lianyungang-almaty", "xinxiang-central-asia"]],
    ["route-2015", ["lianyungang-almaty"]],
    ["route-2018", ["xinxiang-central-asia"]],
  ] as const)("state %s draws its routes, dashed, with arrowheads and key lines", (state, routes) => {
    const model = routesMapChart(data, state, desktop);
    const drawn = keysOf(model)
      .filter((k) => k.startsWith("route-"))
      .map((k) => k.slice("route-".length));
    expect(drawn).toEqual(routes);
    for (const id of routes) {
      expect(markOf(model, `route-${id}`)!.attrs["stroke-dasharray"]).toBe("7 4");
      expect(keysOf(model)).toEqual(expect.arrayContaining([`arrow-${id}`, `key-${id}`, `key-line-${id}`]));
    }
  });

  it("names the routes' ends in the key and marks the crossings as context", () => {
    const overview = routesMapChart(data, "overview", desktop);
    expect(textOf(overview, "key-lianyungang-almaty")).toBe("2015: Lianyungang → Almaty");
    expect(textOf(overview, "key-xinxiang-central-asia")).toBe("2018: Xinxiang → all five Central Asian states");
    expect(
      keysOf(overview)
        .filter((k) => k.startsWith("caption-"))
        .map((k) => textOf(overview, k))
        .join(" "),
    ).toMatch(/schematic.*border crossings, as context: the articles do not say which the trains used/);
    expect(markOf(overview, "place-alashankou-dostyk")!.attrs.class).toBe("crossing");
    expect(markOf(overview, "place-almaty")!.attrs.class).toBe("place");
  });

  it("joins a crossing's name to its ring where the name sits nearer the other crossing, in every edition and width", () => {
    const crossings = ["khorgos-altynkol", "alashankou-dostyk"];
    let leaders = 0;
    for (const code of ["en", "ru", "kk"] as const) {
      const edition = routesMap(dataset(), code);
      for (const width of [328, 358, 500, 640, 704, 1000])
        for (const state of states) {
          const model = routesMapChart(edition, state, { width, height: 500 });
          for (const [id, other] of [crossings, [...crossings].reverse()] as [string, string][]) {
            const ring = markOf(model, `place-${id}`)!.attrs;
            const far = markOf(model, `place-${other}`)!.attrs;
            const box = textBox(markOf(model, `place-label-${id}`)!);
            const gap = (r: typeof ring) =>
              Math.hypot(
                Math.min(Math.max(Number(r.cx), box.left), box.right) - Number(r.cx),
                Math.min(Math.max(Number(r.cy), box.top), box.bottom) - Number(r.cy),
              );
            const leader = markOf(model, `place-leader-${id}`);
            if (leader) leaders++;
            if (gap(far) <= gap(ring)) expect(leader, `${code} ${width} ${state}: ${id}`).toBeDefined();
          }
        }
    }
    // The overview at a laptop's width is the case audit 16 found.
    expect(markOf(routesMapChart(data, "overview", { width: 704, height: 500 }), "place-leader-khorgos-altynkol")).toBeDefined();
    expect(leaders).toBeGreaterThan(0);
  });

  it("shades the five Central Asian states as the 2018 train's destination only in route-2018", () => {
    const tint = (state: RoutesMapStateId, id: string) =>
      String(markOf(routesMapChart(data, state, desktop), `country-${id}`)!.attrs.class);
    expect(tint("route-2018", mapCountries.uzbekistan)).toMatch(/tint-article-2018/);
    expect(tint("overview", mapCountries.uzbekistan)).toMatch(/tint-central-asia/);
    expect(tint("route-2018", mapCountries.china)).toMatch(/tint-china/);
  });

  it("describes each state in words, saying the lines are schematic and not claiming a crossing", () => {
    for (const state of states) {
      const summary = routesMapChart(data, state, desktop).summary;
      expect(summary, state).toMatch(/schematically/);
      expect(summary, state).toMatch(/without saying which either train used/);
    }
    expect(routesMapChart(data, "route-2015", desktop).summary).toMatch(
      /Lianyungang to Almaty \(the 2015 article\): regular freight trains; the first train west carried “Chinese cars, electronics and household goods”, the article says; started early 2015/,
    );
    expect(routesMapChart(data, "route-2018", desktop).summary).toMatch(
      /Xinxiang to all five Central Asian states \(the 2018 article\): .*weekly, 50 wagons.*started 28 March 2018\. The 2018 article names no stops/,
    );
  });

  it.each(states)("keeps %s under 25 KB of SVG at 640x440", (state) => {
    expect(renderSvgMarks(routesMapChart(data, state, desktop).marks).length).toBeLessThan(25_000);
  });

  it.each(states)("keeps every mark of %s inside the drawing area at 640x440 and 360x360", (state) => {
    for (const size of [desktop, phone]) expectInside(routesMapChart(data, state, size), size, `${state} ${size.width}`);
  });

  it("leaves the country names of the small states out on phones", () => {
    expect(keysOf(routesMapChart(data, "overview", desktop))).toContain(`name-${mapCountries.tajikistan}`);
    expect(keysOf(routesMapChart(data, "overview", phone))).not.toContain(`name-${mapCountries.tajikistan}`);
  });
});

describe("routesMapTables(data)", () => {
  it("lists the routes as the articles describe them and the places with their coordinates", () => {
    const [routes, places] = routesMapTables(data);
    expect(routes!.rows.map((r) => r.slice(0, 3))).toEqual([
      ["Lianyungang", "Almaty", "early 2015 (“last month”, says the 2015 article)"],
      ["Xinxiang", "all five Central Asian states", "28 March 2018"],
    ]);
    expect(places!.rows.find((r) => r[0] === "Khorgos–Altynkol")).toEqual([
      "Khorgos–Altynkol",
      80.38522,
      44.22335,
      "rail border crossing, as context",
    ]);
  });
});

describe("routesMap(dataset) ids", () => {
  it("gives every outline an ISO code, so every country path has its own key", () => {
    expect(ids.every((id) => /^\d{3}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
