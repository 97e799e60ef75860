import { z } from "astro/zod";
import { flows, partners, reporters } from "../data/schema.ts";
import { yamlCheckSchema } from "./yamlCheckSchema.ts";

/** How close a figure must be to the claim: within `supported` it is supported, within `partly` partly supported. */
const tolerance = {
  /** Largest difference, in the claim's own unit (points, ratio, per cent), still counted as supported. */
  supported: z.number().nonnegative(),
  /** Largest difference still counted as partly supported; beyond it the claim is contradicted. */
  partly: z.number().nonnegative(),
};

/** What in the dataset bears on a claim, and how to compare. Each kind is computed in claimVerdict.ts. */
export const claimCheckSchema = z.discriminatedUnion("kind", [
  z.object({
    /** A partner's share of Kazakhstan's exports or imports, in per cent. */
    kind: z.literal("share"),
    partner: z.enum(partners),
    flow: z.enum(flows),
    year: z.number().int(),
    claimed: z.number(),
    ...tolerance,
  }),
  z.object({
    /** How many times one partner's share is another's. */
    kind: z.literal("share-ratio"),
    flow: z.enum(flows),
    year: z.number().int(),
    numerator: z.enum(partners),
    denominator: z.enum(partners),
    claimed: z.number(),
    ...tolerance,
  }),
  z.object({
    /** A trade value in dollars as the reporter published it; tolerance in per cent of the claim. */
    kind: z.literal("value"),
    reporter: z.enum(reporters),
    partner: z.enum(partners),
    flow: z.enum(flows),
    year: z.number().int(),
    claimedUsd: z.number().positive(),
    ...tolerance,
  }),
  z.object({
    /** Exports plus imports with one partner, as Kazakhstan reported them; tolerance in per cent of the claim. */
    kind: z.literal("turnover"),
    partner: z.enum(partners),
    year: z.number().int(),
    claimedUsd: z.number().positive(),
    ...tolerance,
  }),
  z.object({
    /** Change in a trade value on the previous year, in per cent. */
    kind: z.literal("annual-change"),
    partner: z.enum(partners),
    flow: z.enum(flows),
    year: z.number().int(),
    claimed: z.number(),
    ...tolerance,
  }),
  z.object({
    /** Real GDP growth in one year, in per cent, from one publisher's series. */
    kind: z.literal("gdp-growth"),
    series: z.enum(["wb-wdi", "imf-weo"]),
    year: z.number().int(),
    claimed: z.number(),
    ...tolerance,
  }),
  z.object({
    /** A prediction that the gap between two partners' shares would narrow between two years. */
    kind: z.literal("gap-narrows"),
    flow: z.enum(flows),
    larger: z.enum(partners),
    smaller: z.enum(partners),
    from: z.number().int(),
    to: z.number().int(),
  }),
  z.object({
    /** Whether Kazakhstan sells more to a partner than it buys, by both sides' figures. */
    kind: z.literal("surplus"),
    partner: z.literal("china"),
    year: z.number().int(),
  }),
  z.object({
    /** Nothing in this dataset bears on the claim. */
    kind: z.literal("none"),
  }),
]);

export const claimSchema = z.object({
  /** Stable, readable id; the claim's anchor is #claim-<id>. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Which article makes the claim: the 2015 China Bystander post or the 2018 digest of Eurasianet. */
  article: z.enum(["2015", "2018"]),
  /** The claim as the article states it, quoted. */
  quote: z.string().min(1),
  /** What the claim is about, in a few words. */
  topic: z.string().min(1),
  check: claimCheckSchema,
  /** A short, fair explanation, in the project's words; figures are shown from the data beside it. */
  explanation: z.string().min(1),
  /** Checks on any figure, comparison or trend the explanation states (see src/claims/proseCheck.ts). */
  checks: z.array(yamlCheckSchema).optional(),
});
export type Claim = z.infer<typeof claimSchema>;
export type ClaimCheck = z.infer<typeof claimCheckSchema>;
