import { z } from "astro/zod";
import chartsYaml from "../../content/charts.yaml?raw";
import { yamlCheckSchema } from "../claims/yamlCheckSchema.ts";
import { assertYamlChecks } from "../claims/yamlChecks.ts";
import { dataset } from "./dataset.ts";
import { breaks } from "./breaks.ts";
import { parseYamlList } from "../lib/yamlList.ts";

const chartTextSchema = z.object({
  /** Chart id, as in src/charts/chartDefinitions.ts. */
  id: z.string(),
  /** The chart's title, a plain statement of what it shows. */
  title: z.string().min(1),
  /** Who reported the figures, where series change, what marks mean. */
  note: z.string().optional(),
  /**
   * For a chart with a reporter switch (src/charts/reporters.ts), what its marks are under each reporter it offers,
   * shown under the chart beside "Showing China's figures." (src/components/ChartFigure.astro).
   */
  reporterNotes: z.object({ kazakhstan: z.string(), china: z.string(), russia: z.string(), both: z.string() }).partial().optional(),
  /** Checks on any figure, comparison or trend the note states (see src/claims/proseCheck.ts). */
  checks: z.array(yamlCheckSchema).optional(),
});
export type ChartText = z.infer<typeof chartTextSchema>;

let cached: ChartText[] | undefined;

/** A chart's title and note from content/charts.yaml; a chart without one stops the build. */
export function chartText(id: string): ChartText {
  if (!cached) {
    const parsed = parseYamlList(chartsYaml, chartTextSchema, "content/charts.yaml", "chart");
    assertYamlChecks(
      "content/charts.yaml",
      chartsYaml,
      parsed.map((c) => ({
        id: c.id,
        words: [`${c.title}.`, c.note, ...Object.values(c.reporterNotes ?? {})].filter(Boolean).join(" "),
        checks: c.checks,
      })),
      dataset(),
      breaks(),
    );
    cached = parsed;
  }
  const text = cached.find((c) => c.id === id);
  if (!text) throw new Error(`content/charts.yaml has no entry for chart "${id}"`);
  return text;
}
