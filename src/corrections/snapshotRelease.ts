/**
 * `npm run release:snapshot`: writes content/releases/<version>.json, the verdict and figures of every claim
 * as this release computes them, so later builds can require a corrections entry for each change. It loads
 * the site's modules through Vite (they import data files with ?raw), without building the site.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { runnerImport } from "vite";

const root = resolve(import.meta.dirname, "../..");
const { module } = await runnerImport<typeof import("./currentSnapshot.ts")>(resolve(root, "src/corrections/currentSnapshot.ts"), {
  root,
  configFile: false,
  logLevel: "error",
});
const snapshot = module.currentSnapshot();
const file = resolve(root, "content/releases", `${snapshot.version}.json`);
writeFileSync(file, JSON.stringify(snapshot, null, 2) + "\n");
console.log(`Wrote ${file}: ${Object.keys(snapshot.claims).length} claims, release ${snapshot.version} of ${snapshot.date}.`);
