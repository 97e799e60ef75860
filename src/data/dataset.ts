import tradeCsv from "../../content/data/trade-by-partner.csv?raw";
import gdpCsv from "../../content/data/gdp-growth.csv?raw";
import sourcesJson from "../../content/data/sources.json";
import { parseCsv } from "./parseCsv.ts";
import { gdpRowSchema, sourceSchema, tradeRowSchema, type GdpRow, type Source, type TradeRow } from "./schema.ts";
import { DataFileError } from "./DataFileError.ts";

export interface Dataset {
  trade: TradeRow[];
  gdp: GdpRow[];
  sources: Source[];
}

/** Validates the sources file: every entry complete, ids unique. */
function parseSources(entries: unknown[], file: string): Source[] {
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const parsed = sourceSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DataFileError(file, index + 1, String(issue.path[0] ?? "?"), issue.message);
    }
    if (seen.has(parsed.data.id)) throw new DataFileError(file, index + 1, "id", `duplicate id ${parsed.data.id}`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

/** Every series a data row names must be described in sources.json. */
function assertSourced(rows: { series: string }[], sources: Source[], file: string): void {
  const ids = new Set(sources.map((s) => s.id));
  rows.forEach((row, index) => {
    if (!ids.has(row.series)) {
      throw new DataFileError(file, index + 1, "series", `series ${row.series} has no entry in sources.json`);
    }
  });
}

let cached: Dataset | undefined;

/** The curated dataset, validated once per build; a malformed file stops the build. */
export function dataset(): Dataset {
  if (cached) return cached;
  const sources = parseSources(sourcesJson, "content/data/sources.json");
  const trade = parseCsv(tradeCsv, "content/data/trade-by-partner.csv", tradeRowSchema, [
    "year",
    "reporter",
    "partner",
    "flow",
    "series",
  ]);
  const gdp = parseCsv(gdpCsv, "content/data/gdp-growth.csv", gdpRowSchema, ["year", "series"]);
  assertSourced(trade, sources, "content/data/trade-by-partner.csv");
  assertSourced(gdp, sources, "content/data/gdp-growth.csv");
  cached = { trade, gdp, sources };
  return cached;
}
