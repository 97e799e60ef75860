/**
 * Derives the project's curated dataset (content/data/*.csv) from the reference files in
 * reference-data/ (their README and PROVENANCE say who published each). `npm run data:derive`
 * writes the result (writeDataset.ts); tests/unit/deriveDataset.test.ts checks that the committed
 * files are exactly what this derives.
 *
 * Nothing is estimated: rows are selected, renamed and re-keyed, never recomputed, except
 * where a reference row is itself a documented subtraction (basis "derived").
 *
 * Not made here: deals.csv and rail-routes.csv are read by hand from the two articles the
 * chapters retell, and places.csv from the GeoNames gazetteer (see sources.json); none of
 * them is in the reference tables.
 */
import { readFileSync } from "node:fs";
import { csvFormat, csvParse } from "d3-dsv";

/** The reference files, as published, committed with the project. */
export const referenceData = new URL("../../../reference-data/", import.meta.url);
/** Where the curated dataset lives. */
export const contentData = new URL("../../../content/data/", import.meta.url);

const FIRST_YEAR = 1995;
const LAST_TRADE_YEAR = 2023;
const LAST_GDP_YEAR = 2024;

interface Raw {
  year: string;
  reporter: string;
  partner: string;
  flow: string;
  value_usd: string;
  share_of_reporter_total_pct: string;
  basis: string;
  value: string;
  indicator_code: string;
}

/** Reads a reference CSV; a column the file lacks reads as "" and is filtered out below. */
function read(dir: URL, file: string): Raw[] {
  return csvParse(readFileSync(new URL(file, dir), "utf8"), (row) => ({
    year: row.year ?? "",
    reporter: row.reporter ?? "",
    partner: row.partner ?? "",
    flow: row.flow ?? "",
    value_usd: row.value_usd ?? "",
    share_of_reporter_total_pct: row.share_of_reporter_total_pct ?? "",
    basis: row.basis ?? "",
    value: row.value ?? "",
    indicator_code: row.indicator_code ?? "",
  }));
}

/** Maps the reference files' partner labels to the project's partner ids; unlisted partners are dropped. */
const partnerIds: Record<string, string> = {
  World: "world",
  "China (mainland)": "china",
  China: "china",
  Russia: "russia",
  "EU27 (IMF aggregate, current membership, excludes UK in all years)": "eu27",
  "EU27 (DERIVED = BNS EU aggregate minus United Kingdom)": "eu27",
  "Rest of world (DERIVED = World - China - Russia - EU27)": "rest-of-world",
  Kazakhstan: "kazakhstan",
};

const reporterIds: Record<string, string> = {
  Kazakhstan: "kazakhstan",
  "China (mainland)": "china",
  Russia: "russia",
};

interface TradeOut {
  year: string;
  reporter: string;
  partner: string;
  flow: string;
  value_usd: string;
  share_pct: string;
  basis: string;
  series: string;
}

/** The rows of one reference file reported by `reporter` (a reference label), or by any known reporter. */
function tradeRows(dir: URL, file: string, series: string, lastYear: number, reporter?: string): TradeOut[] {
  return read(dir, file)
    .filter((r) => Number(r.year) >= FIRST_YEAR && Number(r.year) <= lastYear)
    .filter((r) => r.flow !== "turnover" && r.reporter in reporterIds && (reporter === undefined || r.reporter === reporter))
    .map((r) => ({ ...r, partnerId: bnsEu2023(r) ?? partnerIds[r.partner] }))
    .flatMap((r) => {
      const reporter = reporterIds[r.reporter];
      return r.partnerId === undefined || reporter === undefined ? [] : [{ ...r, partnerId: r.partnerId, reporter }];
    })
    .map((r) => ({
      year: r.year,
      reporter: r.reporter,
      partner: r.partnerId,
      flow: r.flow,
      value_usd: r.value_usd,
      share_pct: r.share_of_reporter_total_pct,
      basis: /derived/i.test(r.basis) ? "derived" : /flag e/.test(r.basis) ? "imf-estimate" : "reported",
      series,
    }));
}

/** BNS's own EU aggregate already excludes the UK in 2023 only, so there it is the EU27 figure. */
function bnsEu2023(r: Raw): string | undefined {
  return r.partner === "European Union (BNS aggregate)" && r.year === "2023" ? "eu27" : undefined;
}

/**
 * The derived files by name (trade-by-partner.csv, gdp-growth.csv, export-composition.csv,
 * forecasts.csv), each exactly as it is committed in content/data.
 */
export function deriveDataset(dir: URL = referenceData): Map<string, string> {
  // Step 1: Kazakhstan-reported flows from both publishers, then China's and Russia's mirror figures: each
  // partner's own count of its trade with Kazakhstan, exactly as published (Russia's from 1994, so from
  // FIRST_YEAR here; both end in 2020 and no later year is filled in).
  const mirrorFile = "mirror_partner_reported_trade_with_kz_imf_dots_1992_2020.csv";
  const trade = [
    ...tradeRows(dir, "kz_trade_by_partner_imf_dots_1992_2020.csv", "imf-dots", LAST_TRADE_YEAR),
    ...tradeRows(dir, "kz_trade_by_partner_bns_2018_2023.csv", "bns", LAST_TRADE_YEAR),
    ...tradeRows(dir, mirrorFile, "imf-dots-china", LAST_TRADE_YEAR, "China (mainland)"),
    ...tradeRows(dir, mirrorFile, "imf-dots-russia", LAST_TRADE_YEAR, "Russia"),
  ];

  // Step 2: GDP growth from the World Bank and the IMF, one row per year and publisher.
  const gdp = [
    ...read(dir, "kz_gdp_growth_wdi.csv").map((r) => ({ ...r, series: "wb-wdi" })),
    ...read(dir, "kz_gdp_growth_imf_weo.csv").map((r) => ({ ...r, series: "imf-weo" })),
  ]
    .filter((r) => Number(r.year) >= FIRST_YEAR && Number(r.year) <= LAST_GDP_YEAR)
    .map((r) => ({ year: r.year, growth_pct: r.value, series: r.series }));

  // Step 3: what Kazakhstan exports, as World Bank shares of merchandise exports. Years the
  // World Bank leaves empty are absent from its file, so they stay gaps here.
  const exportIndicatorIds: Record<string, string> = { "TX.VAL.FUEL.ZS.UN": "fuel", "TX.VAL.MMTL.ZS.UN": "ores-metals" };
  const exportShares = read(dir, "kz_wdi_extras.csv")
    .filter((r) => r.indicator_code in exportIndicatorIds && r.value !== "")
    .filter((r) => Number(r.year) >= FIRST_YEAR && Number(r.year) <= LAST_GDP_YEAR)
    .map((r) => ({ year: r.year, indicator: exportIndicatorIds[r.indicator_code], share_pct: r.value, series: "wb-wdi-exports" }));

  // Step 4: the growth estimates and forecasts the news pages quote, with who made them and when.
  const monthNumbers: Record<string, string> = {
    Jan: "01",
    Feb: "02",
    Mar: "03",
    Apr: "04",
    May: "05",
    Jun: "06",
    Jul: "07",
    Aug: "08",
    Sep: "09",
    Oct: "10",
    Nov: "11",
    Dec: "12",
  };
  const forecasts = csvParse(readFileSync(new URL("kz_points_secondary_web_pages.csv", dir), "utf8"))
    .filter((r) => r.subject === "Kazakhstan real GDP growth")
    .map((r) => {
      const made = /^(IMF|EBRD) .*\((\w{3}) (\d{4})\)$/.exec(r.measure ?? "");
      if (!made || !monthNumbers[made[2]!]) throw new Error(`cannot read who made "${r.measure}" and when`);
      return {
        year: r.period,
        measure: r.measure,
        kind: /forecast/i.test(r.measure ?? "") ? "forecast" : "estimate",
        made_by: made[1],
        made_on: `${made[3]}-${monthNumbers[made[2]!]}`,
        growth_pct: r.value,
        reported_source: r.reported_source,
        page_url: r.page_url,
        note: r.note,
        series: "news-points",
      };
    });

  return new Map([
    ["trade-by-partner.csv", csvFormat(trade) + "\n"],
    ["gdp-growth.csv", csvFormat(gdp) + "\n"],
    ["export-composition.csv", csvFormat(exportShares) + "\n"],
    ["forecasts.csv", csvFormat(forecasts) + "\n"],
  ]);
}
