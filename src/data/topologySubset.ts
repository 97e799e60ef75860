import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";

/** Arc references in a polygon or multipolygon: nested arrays of arc indexes, ~i meaning arc i reversed. */
type ArcRefs = number[] | ArcRefs[];

function mapArcRefs(refs: ArcRefs, remap: (index: number) => number): ArcRefs {
  return refs.map((r) => (typeof r === "number" ? remap(r) : mapArcRefs(r, remap))) as ArcRefs;
}

/**
 * A smaller topology holding only the geometries `keep` accepts from one geometry collection, and
 * only the arcs they use, renumbered. Shared borders stay shared, so the subset is as compact as
 * the original per country; the quantisation transform is kept as it is.
 */
export function topologySubset<P extends Record<string, unknown>>(
  topology: Topology<{ [name: string]: GeometryCollection<P> }>,
  objectName: string,
  keep: (geometry: GeometryObject<P>) => boolean,
): Topology<{ [name: string]: GeometryCollection<P> }> {
  const source = topology.objects[objectName];
  if (!source) throw new Error(`topology has no object "${objectName}"`);
  const renumbered = new Map<number, number>();
  const remap = (index: number) => {
    const original = index < 0 ? ~index : index;
    let next = renumbered.get(original);
    if (next === undefined) {
      next = renumbered.size;
      renumbered.set(original, next);
    }
    return index < 0 ? ~next : next;
  };
  const geometries = source.geometries.filter(keep).map((g) => {
    if (g.type === "Polygon" || g.type === "MultiPolygon" || g.type === "LineString" || g.type === "MultiLineString") {
      return { ...g, arcs: mapArcRefs(g.arcs as ArcRefs, remap) } as GeometryObject<P>;
    }
    return g;
  });
  return {
    type: "Topology",
    ...(topology.transform ? { transform: topology.transform } : {}),
    arcs: [...renumbered.keys()].map((original) => topology.arcs[original]!),
    objects: { [objectName]: { type: "GeometryCollection", geometries } },
  };
}

/** A lon/lat box: [[west, south], [east, north]], west < east, in degrees. */
export type LonLatBox = [[number, number], [number, number]];

/** Longest run, in degrees, kept as one straight piece along the box's edge, so the great circle d3 draws stays on it. */
const MAX_EDGE_RUN = 2;

/**
 * The same topology cut down for a map that shows only `box`: every point is clamped into the
 * box, so outlines beyond it fold onto its edges (a map clipped inside the box never shows the
 * fold), snapped to a grid of `step` degrees, and points that repeat the one before, or lie along
 * an edge between two others, are dropped. Rings with no point strictly inside the box would fold
 * flat, and d3 reads a flat ring as the whole sphere, so they are dropped with their polygons; run
 * topologySubset afterwards to shed the arcs no one uses. Longitudes are read within 180° of the
 * box's middle, so outlines that cross 180° fold onto the nearer edge. Shared arc ends snap alike,
 * so borders still meet. A step well under a pixel where the map is drawn loses nothing visible.
 */
export function fitToBox<P extends Record<string, unknown>>(
  topology: Topology<{ [name: string]: GeometryCollection<P> }>,
  box: LonLatBox,
  step: number,
): Topology<{ [name: string]: GeometryCollection<P> }> {
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  const snap = (v: number) => Math.round(v / step);
  const [[west, south], [east, north]] = [
    [snap(box[0][0]), snap(box[0][1])],
    [snap(box[1][0]), snap(box[1][1])],
  ];
  const middle = (box[0][0] + box[1][0]) / 2;
  const clampSnap = (lon: number, lat: number): [number, number] => {
    const near = lon < middle - 180 ? lon + 360 : lon > middle + 180 ? lon - 360 : lon;
    return [Math.min(east, Math.max(west, snap(near))), Math.min(north, Math.max(south, snap(lat)))];
  };
  const edgeOf = ([x, y]: [number, number]) => (x === west ? "w" : x === east ? "e" : y === south ? "s" : y === north ? "n" : "");
  const maxRun = MAX_EDGE_RUN / step;
  const reachesInside: boolean[] = [];
  const arcs = topology.arcs.map((arc, index) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx = 0, dy = 0]) => {
      x += dx;
      y += dy;
      return clampSnap(x * scale[0] + translate[0], y * scale[1] + translate[1]);
    });
    const kept: [number, number][] = [points[0]!];
    for (let i = 1; i < points.length; i++) {
      const p = points[i]!;
      const last = kept.at(-1)!;
      const next = points[i + 1];
      if (next && p[0] === last[0] && p[1] === last[1]) continue;
      const edge = edgeOf(p);
      if (
        next &&
        edge !== "" &&
        edgeOf(last) === edge &&
        edgeOf(next) === edge &&
        Math.abs(next[0] - last[0]) + Math.abs(next[1] - last[1]) <= maxRun
      )
        continue;
      kept.push(p);
    }
    reachesInside[index] = kept.some((p) => edgeOf(p) === "" && p[0] > west && p[0] < east && p[1] > south && p[1] < north);
    return kept.map(([qx, qy], i) => (i === 0 ? [qx, qy] : [qx - kept[i - 1]![0], qy - kept[i - 1]![1]]));
  });
  const ringInside = (ring: number[]) => ring.some((i) => reachesInside[i < 0 ? ~i : i]);
  const polygonInside = (rings: number[][]) => rings.length > 0 && ringInside(rings[0]!);
  const objects = Object.fromEntries(
    Object.entries(topology.objects).map(([name, collection]) => [
      name,
      {
        ...collection,
        geometries: collection.geometries.flatMap((g): GeometryObject<P>[] => {
          if (g.type === "Polygon") return polygonInside(g.arcs) ? [{ ...g, arcs: g.arcs.filter(ringInside) }] : [];
          if (g.type === "MultiPolygon") {
            const polygons = g.arcs.filter(polygonInside).map((rings) => rings.filter(ringInside));
            return polygons.length ? [{ ...g, arcs: polygons }] : [];
          }
          return [g];
        }),
      },
    ]),
  );
  return { ...topology, objects, arcs, transform: { scale: [step, step], translate: [0, 0] } };
}
