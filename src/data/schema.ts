import { z } from "astro/zod";

/** Trade partners the story tracks; "kazakhstan" is the partner in China's mirror figures. */
export const partners = ["world", "china", "russia", "eu27", "rest-of-world", "kazakhstan"] as const;
export type Partner = (typeof partners)[number];

export const reporters = ["kazakhstan", "china"] as const;
export type Reporter = (typeof reporters)[number];

export const flows = ["export", "import"] as const;
export type Flow = (typeof flows)[number];

/** Series ids; each must have an entry in content/data/sources.json. */
export const tradeSeries = ["imf-dots", "bns", "imf-dots-china"] as const;
export const gdpSeries = ["wb-wdi", "imf-weo"] as const;

const TRADE_YEARS = [1995, 2023] as const;
const GDP_YEARS = [1995, 2024] as const;

const year = ([min, max]: readonly [number, number]) =>
  z.coerce
    .number({ error: "must be a year" })
    .int("must be a whole year")
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

const nonNegative = z.coerce
  .number({ error: "must be a number" })
  .nonnegative("must not be negative");

export const tradeRowSchema = z.object({
  /** Calendar year the flow refers to. */
  year: year(TRADE_YEARS),
  /** Who reported the figure: Kazakhstan, or China for mirror figures. */
  reporter: z.enum(reporters, { error: `must be one of ${reporters.join(", ")}` }),
  /** The trading partner; "world" is the reporter's total. */
  partner: z.enum(partners, { error: `must be one of ${partners.join(", ")}` }),
  /** Direction as seen by the reporter. */
  flow: z.enum(flows, { error: `must be one of ${flows.join(", ")}` }),
  /** Value in US dollars, as published (IMF: exports FOB, imports CIF). */
  value_usd: nonNegative,
  /** Partner's share of the reporter's total for this flow, in per cent, as published or computed by the compiler. */
  share_pct: nonNegative.max(100, "must not exceed 100 (it is a share)"),
  /** "reported" as published, "derived" by documented subtraction, "imf-estimate" flagged e by the IMF. */
  basis: z.enum(["reported", "derived", "imf-estimate"], { error: "must be reported, derived or imf-estimate" }),
  /** Which publisher's series the row comes from (see sources.json). */
  series: z.enum(tradeSeries, { error: `must be one of ${tradeSeries.join(", ")}` }),
});
export type TradeRow = z.infer<typeof tradeRowSchema>;

export const gdpRowSchema = z.object({
  /** Calendar year. */
  year: year(GDP_YEARS),
  /** Real GDP growth on the previous year, in per cent; may be negative. */
  growth_pct: z.coerce.number({ error: "must be a number" }),
  /** Publisher's series (see sources.json). */
  series: z.enum(gdpSeries, { error: `must be one of ${gdpSeries.join(", ")}` }),
});
export type GdpRow = z.infer<typeof gdpRowSchema>;

export const sourceSchema = z.object({
  /** Series id used in the data files' `series` column. */
  id: z.string().min(1),
  /** Short name for source lines under charts. */
  name: z.string().min(1),
  /** Short name of the release, for source lines. */
  release: z.string().min(1),
  /** Who reported the figures, in a word or two, for source lines. */
  reportedBy: z.string().min(1),
  /** Organisation that published the figures. */
  publisher: z.string().min(1),
  /** Dataset and indicator, as the publisher names them. */
  dataset: z.string().min(1),
  /** Which release of the data, and the years it covers. */
  vintage: z.string().min(1),
  /** Terms the publisher attaches to the data. */
  licence: z.string().min(1),
  /** Who reported the figures (matters: Kazakhstan's and China's figures differ). */
  reporter: z.string().min(1),
  /** The public copy the figures were extracted from. */
  via: z.string().min(1),
  /** The publisher's own page for the dataset. */
  url: z.url(),
  /** Caveats a reader needs. */
  notes: z.string(),
});
export type Source = z.infer<typeof sourceSchema>;
