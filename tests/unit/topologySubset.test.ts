import { describe, expect, it } from "vitest";
import { geoArea } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { fitToBox, topologySubset, type LonLatBox } from "../../src/data/topologySubset.ts";

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = (t: Topology<{ [name: string]: GeometryCollection }>) => (feature(t, t.objects.countries!) as FeatureCollection).features;
const byId = (features: Feature[], id: string) => features.find((f) => String(f.id) === id);

describe("topologySubset(topology, object, keep)", () => {
  const subset = topologySubset(topology, "countries", (g) => ["398", "156"].includes(String(g.id)));

  it("keeps only the chosen geometries and the arcs they use", () => {
    expect(subset.objects.countries!.geometries.map((g) => g.id)).toEqual(["398", "156"]);
    expect(subset.arcs.length).toBeLessThan(topology.arcs.length / 10);
  });

  it("rebuilds the same outlines as the full topology", () => {
    expect(byId(countries(subset), "398")!.geometry).toEqual(byId(countries(topology), "398")!.geometry);
    expect(byId(countries(subset), "156")!.geometry).toEqual(byId(countries(topology), "156")!.geometry);
  });
});

describe("fitToBox(topology, box, step)", () => {
  const box: LonLatBox = [
    [40, 10],
    [145, 64],
  ];
  const boxed = fitToBox(
    topologySubset(topology, "countries", () => true),
    box,
    0.05,
  );
  const features = countries(boxed);

  it("drops countries with nothing inside the box", () => {
    expect(byId(features, "250"), "France").toBeUndefined();
    expect(byId(features, "398"), "Kazakhstan").toBeDefined();
  });

  it("keeps every point inside the box, on a 0.05 degree grid", () => {
    const coordinates = JSON.stringify(features.map((f) => f.geometry))
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number);
    for (let i = 0; i < coordinates.length; i += 2) {
      expect(coordinates[i]!).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(coordinates[i]!).toBeLessThanOrEqual(145 + 1e-9);
      expect(coordinates[i + 1]!).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(coordinates[i + 1]!).toBeLessThanOrEqual(64 + 1e-9);
    }
  });

  it("leaves no country turned inside out: Russia, folded at the box, still covers less than half the sphere", () => {
    expect(geoArea(byId(features, "643")!)).toBeLessThan(2 * Math.PI);
    expect(geoArea(byId(features, "643")!)).toBeGreaterThan(0.05);
  });

  it("changes an outline well inside the box by no more than the grid", () => {
    const before = byId(countries(topology), "398")!.geometry;
    const after = byId(features, "398")!.geometry;
    expect(geoArea(after)).toBeCloseTo(geoArea(before), 3);
  });
});
