import { z } from "astro/zod";
import { partners, reporters } from "./schema.ts";
import { yamlCheckSchema } from "../claims/yamlCheckSchema.ts";
import { parseYamlList } from "../lib/yamlList.ts";

const FILE = "content/data/breaks.yaml";

const sourceSchema = z.object({
  /** Who published it. */
  publisher: z.string().min(1),
  /** The document's title, as published. */
  title: z.string().min(1),
  /** The title's language where it is not English, as a lang attribute names it; the page says so beside it. */
  language: z.enum(["de"]).optional(),
  /** Publication date as known; omitted rather than guessed. */
  date: z.string().min(1).optional(),
  /** The address, only where the reference notes give one; never made up. */
  url: z.url().optional(),
});

const affectSchema = z.object({
  reporter: z.enum(reporters),
  partners: z.array(z.enum(partners)).min(1),
});
export type BreakAffects = z.infer<typeof affectSchema>;

export const breakSchema = z
  .object({
    /** Stable id; prose checks name it in acrossBreak="…". */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /**
     * recording-change: the years from..to were recorded differently, so no figure in them compares with
     * another year; series-switch: `from` is the old series' last year, `to` the new one's first;
     * event: context for reading a line, not a break.
     */
    kind: z.enum(["recording-change", "series-switch", "event"]),
    /** Words a sentence uses to name the break (any one will do), as in "customs union" (breaks only). */
    names: z.array(z.string().min(3)).optional(),
    /** A few words drawn on the chart beside the mark. */
    label: z.string().min(1).max(24),
    /** One line naming the break or event, used in chart words and tables. */
    title: z.string().min(1),
    /**
     * Whose figures are affected, and for which partners (breaks only): each entry a reporter and the partners
     * of its series the break touches; "world" touches that reporter's totals and so every share of them.
     */
    affects: z.array(affectSchema).min(1).optional(),
    /** First year of the break or event. */
    from: z.number().int(),
    /** Last year of the break or event (the new series' first year for a series switch). */
    to: z.number().int(),
    /** What in the series changes, in plain words. */
    what: z.string().min(1),
    /** Why (breaks only). */
    cause: z.string().min(1).optional(),
    /** Where the facts come from: at least one publisher. */
    sources: z.array(sourceSchema).min(1),
    /** Checks (the prose check language, src/claims/proseCheck.ts) on any figure or comparison in `what`. */
    checks: z.array(yamlCheckSchema).optional(),
  })
  .refine((b) => b.to >= b.from, { message: "to must not be before from", path: ["to"] })
  .refine((b) => b.kind === "event" || (b.affects && b.cause && b.names), {
    message: "a break needs affects, names and cause",
    path: ["kind"],
  });
export type SeriesBreak = z.infer<typeof breakSchema>;

/** The breaks and events file, validated: a malformed entry or repeated id stops the build naming the entry. */
export function parseBreaks(text: string, file = FILE): SeriesBreak[] {
  return parseYamlList(text, breakSchema, file, "entry");
}

/** The breaks and events a chart spanning first..last years draws (a series switch counts if both sides are in range). */
export function breaksInRange(
  all: readonly SeriesBreak[],
  first: number,
  last: number,
  kinds: readonly SeriesBreak["kind"][],
): SeriesBreak[] {
  return all.filter((b) => kinds.includes(b.kind) && b.to >= first && b.from <= last);
}
