import { z } from "astro/zod";
import { verdicts } from "../claims/claimVerdict.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD");

/** One entry of the public corrections log, content/corrections.yaml. */
export const correctionSchema = z
  .object({
    /** When the correction was published, YYYY-MM-DD. */
    date: isoDate,
    /** What changed, in a sentence a reader understands without the old version. */
    what: z.string().min(1),
    /** Why it changed: the mistake, or the new data. */
    why: z.string().min(1),
    /** The claim in the ledger it corrects (its id in content/claims/claims.yaml), if any. */
    claim: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .optional(),
    /** For a claim whose computed verdict changed: from what to what. */
    verdict: z.object({ from: z.enum(verdicts), to: z.enum(verdicts) }).optional(),
    /** The page of the corrected passage, as a path from the site's root, e.g. /chapters/the-tilt/; the log links to it. */
    page: z
      .string()
      .regex(/^\/([a-z0-9-]+\/)*$/, "must be a path such as /chapters/the-tilt/")
      .optional(),
    /** The id of the corrected passage on that page; a chapter's section heading (##) shows the note under it. */
    anchor: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .optional(),
  })
  .refine((c) => c.claim !== undefined || c.page !== undefined, { message: "name the claim or the page it corrects", path: ["claim"] })
  .refine((c) => c.verdict === undefined || c.claim !== undefined, { message: "a verdict change needs the claim", path: ["verdict"] })
  .refine((c) => c.anchor === undefined || c.page !== undefined, { message: "an anchor needs its page", path: ["anchor"] })
  .refine((c) => c.verdict === undefined || c.verdict.from !== c.verdict.to, { message: "from and to are the same", path: ["verdict"] });

export type Correction = z.infer<typeof correctionSchema>;
