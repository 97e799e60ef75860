import { parse } from "yaml";
import { z } from "astro/zod";
import chartsYaml from "../../content/charts.yaml?raw";

const chartTextSchema = z.object({
  /** Chart id, as in src/charts/chartDefinitions.ts. */
  id: z.string(),
  /** The chart's title, a plain statement of what it shows. */
  title: z.string().min(1),
  /** Who reported the figures, where series change, what marks mean. */
  note: z.string().optional(),
});
export type ChartText = z.infer<typeof chartTextSchema>;

let cached: ChartText[] | undefined;

/** A chart's title and note from content/charts.yaml; a chart without one stops the build. */
export function chartText(id: string): ChartText {
  cached ??= z.array(chartTextSchema).parse(parse(chartsYaml));
  const text = cached.find((c) => c.id === id);
  if (!text) throw new Error(`content/charts.yaml has no entry for chart "${id}"`);
  return text;
}
