import { z } from "astro/zod";

/**
 * A check beside a sentence in a YAML content file (claims.yaml explanations, charts.yaml notes, breaks.yaml):
 * the test alone, or with the breaks it spans, in the check language of proseCheck.ts. Its own module, apart
 * from the evaluation in yamlChecks.ts, so that breakSchema.ts can use it without an import cycle.
 */
export const yamlCheckSchema = z.union([
  z.string().min(1),
  z.object({
    /** The test. */
    claim: z.string().min(1),
    /** Breaks the comparison spans, named in the entry's words, e.g. "series-switch". */
    acrossBreak: z.string().min(1),
  }),
]);
export type YamlCheck = z.infer<typeof yamlCheckSchema>;
