import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Strings that survive minification and occur in one d3 module's code only, so finding one in a
 * page's JavaScript proves that module shipped. budgetsRules.test.ts checks each against d3's own
 * bundles, so a signature that stops identifying its module fails there, not silently here.
 */
export const d3Signatures: Record<string, string> = {
  "d3-brush": "mousedown.brush",
  "d3-contour": "invalid size",
  "d3-delaunay": "Expected coords",
  "d3-drag": "mousedown.drag",
  "d3-dsv": "\\d{4}(-\\d{2}(-\\d{2})?)?",
  "d3-fetch": "application/xml",
  "d3-force": "node not found",
  "d3-geo": "FeatureCollection",
  "d3-hierarchy": "multiple roots",
  "d3-scale-chromatic": "1f77b4ff7f0e2ca02c",
  "d3-selection": "http://www.w3.org/1999/xhtml",
  "d3-time": "setUTCMinutes",
  "d3-time-format": "%Y-%m-%dT%H:%M:%S.%LZ",
  "d3-zoom": "wheel.zoom",
};

/**
 * Strings that only code for charts carries: d3's DOM layer, scrollama, and our own scrolly
 * controller's selectors. A page without a chart must load none of them.
 */
export const chartCodeMarkers: Record<string, string> = {
  "d3-selection": d3Signatures["d3-selection"]!,
  scrollama: "stepEnter",
  "the scrolly controller": "[data-scrolly]",
  "the chart renderer": "data-key",
};

/** Signatures found in the text, as the names of what they identify. */
export function found(text: string, signatures: Record<string, string>): string[] {
  return Object.entries(signatures)
    .filter(([, signature]) => text.includes(signature))
    .map(([name]) => name);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|js|mjs|astro)$/.test(name) ? [path] : [];
  });
}

/** The d3 packages a source file imports by name ("d3" itself included, which would bring all of them). */
export function d3Imports(source: string): string[] {
  return [...source.matchAll(/(?:from|import)\s*["'](d3(?:-[a-z-]+)?)["']/g)].map((m) => m[1]!);
}

/** A package and every package it depends on, from node_modules. */
function withDependencies(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const manifest = JSON.parse(readFileSync(join("node_modules", name, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  for (const dependency of Object.keys(manifest.dependencies ?? {})) withDependencies(dependency, seen);
  return seen;
}

/**
 * The d3 modules browser code may ship: those imported by code that runs in the browser (the
 * scrolly client and the chart functions it shares with the build), with their dependencies.
 * Build-only imports (src/data: CSV parsing) are not among them.
 */
export function browserD3Modules(browserSourceDirs: readonly string[] = ["src/client", "src/charts"]): {
  modules: Set<string>;
  importers: Record<string, string[]>;
} {
  const importers: Record<string, string[]> = {};
  for (const file of browserSourceDirs.flatMap(sourceFiles)) {
    for (const name of d3Imports(readFileSync(file, "utf8"))) (importers[name] ??= []).push(file);
  }
  const modules = new Set<string>();
  for (const name of Object.keys(importers)) for (const m of withDependencies(name)) if (m.startsWith("d3")) modules.add(m);
  return { modules, importers };
}
