import {
  articles,
  exportIndicators,
  exportSeries,
  flows,
  forecastSeries,
  gdpSeries,
  partners,
  placeSeries,
  reporters,
  tradeSeries,
} from "../data/schema.ts";
import { measures, observationColumns, type Measure } from "../charts/chartCsv.ts";
import { dealColumns } from "../charts/deals-timeline/csv.ts";
import { routeColumns } from "../charts/routes-map/csv.ts";
import { chartById, type ChartId } from "../charts/chartDefinitions.ts";

/** A Table Schema field (Frictionless Data, v1), with `unit` as an extra property where the values have one. */
export interface TableField {
  name: string;
  type: "string" | "number" | "integer" | "year" | "yearmonth";
  description: string;
  unit?: "USD" | "percent" | "degrees";
  format?: "uri";
  constraints?: { required?: boolean; enum?: readonly string[]; minimum?: number; maximum?: number; pattern?: string };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey?: string[];
  missingValues: string[];
}

const year = (description: string): TableField => ({ name: "year", type: "year", description, constraints: { required: true } });
const oneOf = (name: string, values: readonly string[], description: string, required = true): TableField => ({
  name,
  type: "string",
  description,
  constraints: { ...(required && { required: true }), enum: values },
});
const text = (name: string, description: string, required = true): TableField => ({
  name,
  type: "string",
  description,
  ...(required && { constraints: { required: true } }),
});
const percent = (name: string, description: string, bounded = true): TableField => ({
  name,
  type: "number",
  unit: "percent",
  description,
  constraints: { required: true, ...(bounded && { minimum: 0, maximum: 100 }) },
});
const usd = (name: string, description: string): TableField => ({
  name,
  type: "number",
  unit: "USD",
  description,
  constraints: { required: true, minimum: 0 },
});
const seriesField = (values: readonly string[]) =>
  oneOf("series", values, "Which publisher's series the row comes from; described in the package's sources and on the methods page.");
const articleField = oneOf(
  "article",
  articles,
  "Which article reports it: 2015 (China Bystander) or 2018 (Vestnik Kavkaza, a news digest citing Eurasianet).",
);
const kebab = "^[a-z0-9]+(-[a-z0-9]+)*$";

/** The Table Schema of each file of the curated dataset in content/data, as its zod schema in schema.ts checks it. */
export const datasetSchemas: Record<string, TableSchema> = {
  "trade-by-partner.csv": {
    fields: [
      year("Calendar year the flow refers to."),
      oneOf(
        "reporter",
        reporters,
        "Who reported the figure: Kazakhstan; or China (series imf-dots-china) or Russia (series imf-dots-russia) for their own mirror figures of their trade with Kazakhstan, to 2020.",
      ),
      oneOf("partner", partners, "The trading partner; world is the reporter's total; kazakhstan in China's and Russia's mirror figures."),
      oneOf(
        "flow",
        flows,
        "Direction as seen by the reporter: China's or Russia's export to Kazakhstan is the mirror of Kazakhstan's import from it.",
      ),
      usd("value_usd", "Value in US dollars, as published (IMF: exports FOB, imports CIF)."),
      percent("share_pct", "Partner's share of the reporter's total for this flow, in per cent, as published or computed by the compiler."),
      oneOf(
        "basis",
        ["reported", "derived", "imf-estimate"],
        "reported: as published; derived: by documented subtraction; imf-estimate: flagged e by the IMF.",
      ),
      seriesField(tradeSeries),
    ],
    primaryKey: ["year", "reporter", "partner", "flow", "series"],
    missingValues: [""],
  },
  "gdp-growth.csv": {
    fields: [
      year("Calendar year."),
      percent("growth_pct", "Real GDP growth on the previous year, in per cent; may be negative.", false),
      seriesField(gdpSeries),
    ],
    primaryKey: ["year", "series"],
    missingValues: [""],
  },
  "export-composition.csv": {
    fields: [
      year("Calendar year."),
      oneOf("indicator", exportIndicators, "Which group of goods: fuel, or ores and metals (the World Bank's groupings)."),
      percent("share_pct", "The group's share of Kazakhstan's merchandise exports, in per cent, as published."),
      seriesField(exportSeries),
    ],
    primaryKey: ["year", "indicator", "series"],
    missingValues: [""],
  },
  "forecasts.csv": {
    fields: [
      year("Year the estimate or forecast is about."),
      text("measure", "What was published, in the reference file's words, e.g. EBRD forecast (May 2015)."),
      oneOf(
        "kind",
        ["estimate", "forecast"],
        "What its publisher called it: an estimate (of a year under way or just ended) or a forecast (of a year not yet over).",
      ),
      oneOf("made_by", ["IMF", "EBRD"], "Who made the estimate or forecast."),
      { name: "made_on", type: "yearmonth", description: "Month it was published.", constraints: { required: true } },
      percent("growth_pct", "Real GDP growth, in per cent, as reported.", false),
      text("reported_source", "Who made the figure and which outlet reported it, as the reference file names them."),
      {
        name: "page_url",
        type: "string",
        format: "uri",
        description: "The page the figure was read from.",
        constraints: { required: true },
      },
      text("note", "The reference file's caveats, verbatim."),
      seriesField(forecastSeries),
    ],
    missingValues: [""],
  },
  "deals.csv": {
    fields: [
      {
        name: "date",
        type: "yearmonth",
        description: "Month the deals were signed or announced; the articles give no day.",
        constraints: { required: true },
      },
      {
        name: "amount_usd",
        type: "number",
        unit: "USD",
        description: "Value in US dollars as the article states it: announced, not a statistic.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "projects",
        type: "integer",
        description: "How many projects the value covers; empty where the article gives no count.",
        constraints: { minimum: 1 },
      },
      text("what", "What the value covers, in the project's words."),
      text("label", "A short name for the chart's label."),
      text("announced_by", "Who announced the value, as the article names them; not named in the article where it does not."),
      articleField,
    ],
    missingValues: [""],
  },
  "places.csv": {
    fields: [
      { name: "id", type: "string", description: "Stable id, used by rail-routes.csv.", constraints: { required: true, pattern: kebab } },
      text("name", "Name as labelled on the map."),
      {
        name: "lon",
        type: "number",
        unit: "degrees",
        description: "Longitude in degrees east (WGS84), as the gazetteer publishes it.",
        constraints: { required: true, minimum: -180, maximum: 180 },
      },
      {
        name: "lat",
        type: "number",
        unit: "degrees",
        description: "Latitude in degrees north (WGS84), as the gazetteer publishes it.",
        constraints: { required: true, minimum: -90, maximum: 90 },
      },
      oneOf("kind", ["city", "border-crossing"], "city: a route's end; border-crossing: a rail crossing drawn as context."),
      text("note", "Which gazetteer entry the coordinates are, and anything a reader needs."),
      seriesField(placeSeries),
    ],
    primaryKey: ["id"],
    missingValues: [""],
  },
  "rail-routes.csv": {
    fields: [
      { name: "id", type: "string", description: "Stable id of the service.", constraints: { required: true, pattern: kebab } },
      text("origin", "Place id (places.csv) the service starts from."),
      text("destination", "Place id it runs to, or central-asia where the article names only the five Central Asian states."),
      text("started", "When it started, in the article's terms."),
      text("service", "What it carries and how often, as the article says."),
      articleField,
    ],
    primaryKey: ["id"],
    missingValues: [""],
  },
};

/** The measures a chart's CSV holds, by the series it draws: a trade chart's four, or the growth or export ones. */
function measuresOf(chart: ChartId): Measure[] {
  const series: readonly string[] = chartById(chart).series;
  if (series.includes("imf-dots")) return ["share-of-trade", "mirror-share", "trade-value", "turnover"];
  if (series.includes("wb-wdi-exports")) return ["fuel-export-share", "ores-metals-export-share"];
  return ["gdp-growth", "growth-estimate", "growth-forecast"];
}

/** The one shape of every time-series chart's CSV: one figure per row, its fields described for that chart's figures. */
function observationSchema(chart: ChartId): TableSchema {
  const own = measuresOf(chart);
  const trade = own.includes("share-of-trade");
  const measureList = own.map((id) => `${id} (${measures[id].unit}): ${measures[id].description}`).join("; ");
  const fields: TableField[] = [
    year("Calendar year the figure is about."),
    oneOf("measure", own, `What the figure is: ${measureList}.`),
    oneOf(
      "partner",
      partners,
      "The reporter's trading partner the figure is about: for Kazakhstan's figures, the partner; for China's or Russia's own figures (reporter China or Russia), Kazakhstan. Empty for figures about Kazakhstan alone.",
      false,
    ),
    oneOf(
      "flow",
      flows,
      "export or import, from the reporter's side: Kazakhstan's for its own figures, the partner's for China's or Russia's own (China's exports to Kazakhstan mirror Kazakhstan's imports from China). Empty where the figure is not one flow.",
      false,
    ),
    text(
      "reporter",
      trade
        ? "Who reported the figure: Kazakhstan, or China or Russia for their own figures of the same trade, which differ from Kazakhstan's."
        : "Who published the figure: the World Bank, or for growth also the IMF or the institution a news report quoted.",
    ),
    {
      name: "value",
      type: "number",
      description: "The figure, in the row's unit, as published or as computed from published figures (see measure).",
      constraints: { required: true },
    },
    oneOf(
      "unit",
      trade ? ["percent", "USD"] : ["percent"],
      trade ? "The value's unit: percent, or US dollars." : "The value's unit: percent.",
    ),
    seriesField(chartById(chart).series),
    text("source", "The publisher's series and release the figure comes from."),
    {
      name: "note",
      type: "string",
      description: trade
        ? "The breaks in the series that touch the figure itself (its reporter, partner, or Kazakhstan's totals behind a share), and the events of its year, as the methods page lists them (e.g. the customs union's end of customs recording of trade between Kazakhstan and Russia in 2010-2011, or Kazakhstan's change of source between 2020 and 2021, named on both years); empty where none."
        : "The events of the figure's year the chart marks, as the methods page lists them, or a warning on a figure drawn as published though out of line with its neighbours; empty where none.",
    },
  ];
  if (fields.map((f) => f.name).join() !== observationColumns.join()) throw new Error("observation schema and CSV columns differ");
  // No primaryKey: a key's fields may not be empty, and partner and flow are empty for figures about Kazakhstan alone.
  return { fields, missingValues: [""] };
}

const dealsSchema: TableSchema = {
  fields: [
    { name: "date", type: "yearmonth", description: "Month the deals were signed or announced.", constraints: { required: true } },
    {
      name: "amount_usd",
      type: "number",
      unit: "USD",
      description: "Value in US dollars as the article states it: announced, not a statistic.",
      constraints: { required: true, minimum: 0 },
    },
    {
      name: "projects",
      type: "integer",
      description: "How many projects the value covers; empty where the article gives no count.",
      constraints: { minimum: 1 },
    },
    text("what", "What the value covers."),
    text("announced_by", "Who announced the value, as the article names them."),
    articleField,
    seriesField(["article-2015", "article-2018"]),
    text("source", "The article, as the package's sources describe it."),
  ],
  missingValues: [""],
};

const routesSchema: TableSchema = {
  fields: [
    { name: "route", type: "string", description: "Stable id of the service.", constraints: { required: true, pattern: kebab } },
    text("from", "Where the service starts."),
    {
      name: "from_lon",
      type: "number",
      unit: "degrees",
      description: "Longitude of the start, degrees east (WGS84, GeoNames).",
      constraints: { required: true },
    },
    {
      name: "from_lat",
      type: "number",
      unit: "degrees",
      description: "Latitude of the start, degrees north (WGS84, GeoNames).",
      constraints: { required: true },
    },
    text("to", "Where it runs to, or all five Central Asian states where the article names no stop."),
    {
      name: "to_lon",
      type: "number",
      unit: "degrees",
      description: "Longitude of the end; empty where the end is the five states, drawn schematically at their middle.",
    },
    { name: "to_lat", type: "number", unit: "degrees", description: "Latitude of the end; empty where the end is the five states." },
    text("started", "When it started, in the article's terms."),
    text("service", "What it carries and how often, as the article says."),
    articleField,
    seriesField(["article-2015", "article-2018"]),
    text("source", "The article, and the gazetteer of the coordinates."),
  ],
  primaryKey: ["route"],
  missingValues: [""],
};

/** The Table Schema of each chart's CSV, by chart: one shape per kind of chart. */
export function chartSchema(chart: ChartId): TableSchema {
  if (chart === "deals-timeline") return check(dealsSchema, dealColumns);
  if (chart === "routes-map") return check(routesSchema, routeColumns);
  return observationSchema(chart);
}

function check(schema: TableSchema, columns: readonly string[]): TableSchema {
  if (schema.fields.map((f) => f.name).join() !== columns.join()) throw new Error("schema and CSV columns differ");
  return schema;
}
