import type { PageDrawing } from "../charts/pageDrawing.ts";
import { retriableImport } from "./retriableImport.ts";

/**
 * Each chart folder's draw.ts (src/charts/<chart id>/draw.ts), loaded on first use: one chunk per chart, named
 * after it (astro.config.mjs), so a page fetches only the drawing code of the charts it animates.
 */
const modules = import.meta.glob<PageDrawing>("../charts/*/draw.ts", { import: "drawing" });

const loaders = new Map<string, () => Promise<PageDrawing>>();

/** The drawing of a chart, fetched on first use (and fetched again after a failed try); undefined for a chart that has no draw.ts. */
export async function loadChartDraw(chart: string): Promise<PageDrawing | undefined> {
  const load = modules[`../charts/${chart}/draw.ts`];
  if (!load) return undefined;
  let loader = loaders.get(chart);
  if (!loader) loaders.set(chart, (loader = retriableImport(load, (module: { drawing: PageDrawing }) => module.drawing)));
  return loader();
}
