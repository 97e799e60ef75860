import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import type { Plugin } from "vite";

/**
 * The browser bundle's module graph as the bundler saw it, for the byte budgets (tests/build/budgets*.ts):
 * which chunks each chunk imports statically and on demand, the module each entry stands for, and the
 * source modules inside it. Written beside the build, never into it (nothing here is for a host to serve):
 * `.astro/bundle-graph/<outDir name>.json`, e.g. `.astro/bundle-graph/dist.json`.
 */
export interface BundleChunk {
  /** The chunk's path under the build, e.g. "_astro/gdp-growth.Dp1OoMQS.js". */
  file: string;
  /** A script a page loads itself (Astro's hoisted page scripts). */
  isEntry: boolean;
  /** A chunk loaded by import() (each chart's drawing code). */
  isDynamicEntry: boolean;
  /** The source module an entry chunk stands for, relative to the project ("src/charts/draw/gdp-growth.ts"). */
  facadeModule: string | null;
  /** Chunks this one imports statically (loaded with it). */
  imports: string[];
  /** Chunks this one can load later, by import(). */
  dynamicImports: string[];
  /**
   * Source modules bundled into this chunk, relative to the project ("node_modules/d3-selection/dist/d3-selection.mjs"),
   * with the bytes of their code left in it after tree-shaking (before minification): what weighs, and why.
   */
  modules: { name: string; renderedBytes: number }[];
}

export interface BundleGraph {
  /** Every JavaScript chunk of the client build. */
  chunks: BundleChunk[];
}

/** Where the graph of a build written to `outDir` is kept (relative paths are from the project root). */
export const bundleGraphPath = (outDir: string, root = process.cwd()): string =>
  join(root, ".astro", "bundle-graph", `${basename(outDir.replace(/[\\/]+$/, ""))}.json`);

/** Module ids as paths relative to the project, without Vite's query strings and virtual-module prefixes. */
const moduleName = (id: string, root: string) => {
  const path = id.replace(/^\0+/, "").split("?")[0]!;
  return path.startsWith("/") ? relative(root, path).split("\\").join("/") : path;
};

/** A Vite plugin that writes the client build's module graph (see BundleGraph). */
export function bundleGraph(): Plugin {
  return {
    name: "bundle-graph",
    apply: "build",
    writeBundle(_options, bundle) {
      if (this.environment?.name !== "client") return;
      const { root, build } = this.environment.config;
      const chunks: BundleChunk[] = Object.values(bundle)
        .filter((output) => output.type === "chunk")
        .map((chunk) => ({
          file: chunk.fileName,
          isEntry: chunk.isEntry,
          isDynamicEntry: chunk.isDynamicEntry,
          facadeModule: chunk.facadeModuleId ? moduleName(chunk.facadeModuleId, root) : null,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.entries(chunk.modules).map(([id, info]) => ({ name: moduleName(id, root), renderedBytes: info.renderedLength })),
        }))
        .sort((a, b) => a.file.localeCompare(b.file));
      const path = bundleGraphPath(build.outDir, root);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${JSON.stringify({ chunks } satisfies BundleGraph, null, 2)}\n`);
    },
  };
}
