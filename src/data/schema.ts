import { z } from "astro/zod";

/** Trade partners the story tracks; "kazakhstan" is the partner in China's and Russia's mirror figures. */
export const partners = ["world", "china", "russia", "eu27", "rest-of-world", "kazakhstan"] as const;
export type Partner = (typeof partners)[number];

/** Who reported a figure: Kazakhstan, or China or Russia for their own (mirror) figures of their trade with it. */
export const reporters = ["kazakhstan", "china", "russia"] as const;
export type Reporter = (typeof reporters)[number];

export const flows = ["export", "import"] as const;
export type Flow = (typeof flows)[number];

/** Series ids; each must have an entry in content/data/sources.json. */
export const tradeSeries = ["imf-dots", "bns", "imf-dots-china", "imf-dots-russia"] as const;
export const gdpSeries = ["wb-wdi", "imf-weo"] as const;

const TRADE_YEARS = [1995, 2023] as const;
const GDP_YEARS = [1995, 2024] as const;

const year = ([min, max]: readonly [number, number]) =>
  z.coerce
    .number({ error: "must be a year" })
    .int("must be a whole year")
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

const nonNegative = z.coerce.number({ error: "must be a number" }).nonnegative("must not be negative");

export const tradeRowSchema = z.object({
  /** Calendar year the flow refers to. */
  year: year(TRADE_YEARS),
  /** Who reported the figure: Kazakhstan, or China or Russia for their mirror figures (partner "kazakhstan"). */
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
  /**
   * Which part of the release this entry holds, in a few words, where two entries share name and release (three
   * reporters of one IMF release): it tells their headings on the methods page apart.
   */
  covers: z.string().min(1).optional(),
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
  /** Further pages the figures were read from, where one source gathers several (e.g. two news reports). */
  morePages: z.array(z.object({ label: z.string().min(1), url: z.url() })).optional(),
  /** Caveats a reader needs. */
  notes: z.string(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Series ids for the export-composition rows (see sources.json). */
export const exportSeries = ["wb-wdi-exports"] as const;
/** What an export share measures: the World Bank's fuel, and ores-and-metals, groupings. */
export const exportIndicators = ["fuel", "ores-metals"] as const;
export type ExportIndicator = (typeof exportIndicators)[number];

const EXPORT_YEARS = [1995, 2024] as const;

export const exportShareRowSchema = z.object({
  /** Calendar year. */
  year: year(EXPORT_YEARS),
  /** Which group of goods: fuel, or ores and metals. */
  indicator: z.enum(exportIndicators, { error: `must be one of ${exportIndicators.join(", ")}` }),
  /** The group's share of Kazakhstan's merchandise exports, in per cent, as published. */
  share_pct: nonNegative.max(100, "must not exceed 100 (it is a share)"),
  /** Publisher's series (see sources.json). */
  series: z.enum(exportSeries, { error: `must be one of ${exportSeries.join(", ")}` }),
});
export type ExportShareRow = z.infer<typeof exportShareRowSchema>;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month, YYYY-MM");

/** Series ids for estimates and forecasts quoted by news pages (see sources.json). */
export const forecastSeries = ["news-points"] as const;

export const forecastRowSchema = z.object({
  /** Year the estimate or forecast is about. */
  year: year(GDP_YEARS),
  /** What was published, in the reference file's words, e.g. "EBRD forecast (May 2015)". */
  measure: z.string().min(1),
  /** "estimate" of a year under way, or "forecast" of a year ahead. */
  kind: z.enum(["estimate", "forecast"], { error: "must be estimate or forecast" }),
  /** Who made the estimate or forecast. */
  made_by: z.enum(["IMF", "EBRD"], { error: "must be IMF or EBRD" }),
  /** Month it was published. */
  made_on: month,
  /** Real GDP growth, in per cent, as reported. */
  growth_pct: z.coerce.number({ error: "must be a number" }),
  /** Who made the figure and which outlet reported it, as the reference file names them. */
  reported_source: z.string().min(1),
  /** The page the figure was read from. */
  page_url: z.url({ error: "must be a URL" }),
  /** The reference file's caveats, verbatim. */
  note: z.string().min(1),
  /** Series (see sources.json). */
  series: z.enum(forecastSeries, { error: `must be one of ${forecastSeries.join(", ")}` }),
});
export type ForecastRow = z.infer<typeof forecastRowSchema>;

/**
 * A cell that may be left empty: the empty cell reads as null, meaning "not stated". parseCsv
 * lets a column be empty only when its schema accepts the empty string, so this is the one
 * way to declare such a column.
 */
const emptyMeansNotStated = <T extends z.ZodType>(schema: T) => z.preprocess((cell) => (cell === "" ? null : cell), schema.nullable());

/** The articles, by year; each has a sources.json entry "article-<year>". */
export const articles = ["2015", "2018"] as const;
export type Article = (typeof articles)[number];

export const dealRowSchema = z.object({
  /** Month the deals were signed or announced; the articles give no day. */
  date: month,
  /** Value in US dollars as the article states it (announced, not a statistic). */
  amount_usd: z.coerce.number({ error: "must be a number" }).positive("must be more than zero"),
  /** How many projects the value covers; empty where the article gives no count. */
  projects: emptyMeansNotStated(
    z.coerce.number({ error: "must be a number" }).int("must be a whole number").positive("must be more than zero"),
  ),
  /** What the value covers, in the project's words. */
  what: z.string().min(1),
  /** A short name for the chart's label. */
  label: z.string().min(1),
  /** Who announced the value, as the article names them; "not named in the article" where it does not. */
  announced_by: z.string().min(1),
  /** Which article reports it: 2015 (China Bystander) or 2018 (news digest of Eurasianet). */
  article: z.enum(articles, { error: `must be one of ${articles.join(", ")}` }),
});
export type DealRow = z.infer<typeof dealRowSchema>;

/** Series ids for place coordinates (see sources.json). */
export const placeSeries = ["geonames"] as const;

export const placeRowSchema = z.object({
  /** Stable kebab-case id, used by rail-routes.csv and as the map's mark key. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
  /** Name as labelled on the map. */
  name: z.string().min(1),
  /** Longitude in degrees east (WGS84), as the gazetteer publishes it. */
  lon: z.coerce.number({ error: "must be a number" }).min(-180, "must be between -180 and 180").max(180, "must be between -180 and 180"),
  /** Latitude in degrees north (WGS84), as the gazetteer publishes it. */
  lat: z.coerce.number({ error: "must be a number" }).min(-90, "must be between -90 and 90").max(90, "must be between -90 and 90"),
  /** "city" for a route's end, "border-crossing" for a rail crossing drawn as context. */
  kind: z.enum(["city", "border-crossing"], { error: "must be city or border-crossing" }),
  /** Which gazetteer entry the coordinates are, and anything a reader needs. */
  note: z.string().min(1),
  /** Where the coordinates come from (see sources.json). */
  series: z.enum(placeSeries, { error: `must be one of ${placeSeries.join(", ")}` }),
});
export type PlaceRow = z.infer<typeof placeRowSchema>;

/** The five states the 2018 train was to cross; a route may end at the group rather than a place. */
export const CENTRAL_ASIA = "central-asia";

export const railRouteRowSchema = z.object({
  /** Stable kebab-case id, used as the map's mark key. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
  /** Place id (places.csv) the service starts from. */
  origin: z.string().min(1),
  /** Place id it runs to, or "central-asia" where the article names only the five states. */
  destination: z.string().min(1),
  /** When it started, in the article's terms. */
  started: z.string().min(1),
  /** What it carries and how often, as the article says. */
  service: z.string().min(1),
  /** Which article describes it. */
  article: z.enum(articles, { error: `must be one of ${articles.join(", ")}` }),
});
export type RailRouteRow = z.infer<typeof railRouteRowSchema>;
