import type { ChartDraw } from "../charts/marks.ts";

/** One chunk per chart (named after it): a page fetches only the drawing code of the charts it animates. */
const modules = import.meta.glob<{ draw: ChartDraw }>("../charts/draw/*.ts");

/** The drawing function of a chart, fetched on first use; undefined for a chart that has no module. */
export async function loadChartDraw(chart: string): Promise<ChartDraw | undefined> {
  const load = modules[`../charts/draw/${chart}.ts`];
  return load ? (await load()).draw : undefined;
}
