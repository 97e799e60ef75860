import { readFileSync } from "node:fs";
import { csvParse } from "d3-dsv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import type { DataTable } from "../../src/charts/dataTable.ts";
import type { ChartModel, Size } from "../../src/charts/marks.ts";
import type { PageDrawing } from "../../src/charts/pageDrawing.ts";
import { gdpGrowthTables } from "../../src/charts/gdp-growth/tables.ts";
import { exportCompositionTables } from "../../src/charts/export-composition/tables.ts";
import { dealsTimelineTables } from "../../src/charts/deals-timeline/tables.ts";
import { routesMapTables } from "../../src/charts/routes-map/tables.ts";
import { drawing as gdpDrawing } from "../../src/charts/gdp-growth/draw.ts";
import { drawing as exportDrawing } from "../../src/charts/export-composition/draw.ts";
import { drawing as dealsDrawing } from "../../src/charts/deals-timeline/draw.ts";
import { drawing as routesDrawing } from "../../src/charts/routes-map/draw.ts";

/**
 * The Russian and Kazakh editions of four charts (gdp-growth, export-composition, deals-timeline, routes-map): every
 * word they write, in every state, is in the edition's language, with its numerals and its dates, and gives the same
 * figures as the English; and the rows the page carries hold those words, so the browser redraws them on scroll.
 */

type Tables = (rows: never) => DataTable[];
const charts: Record<string, { tables: Tables; drawing: PageDrawing; csvWords: string[] }> = {
  "gdp-growth": { tables: gdpGrowthTables as Tables, drawing: gdpDrawing, csvWords: [] },
  "export-composition": { tables: exportCompositionTables as Tables, drawing: exportDrawing, csvWords: [] },
  "deals-timeline": { tables: dealsTimelineTables as Tables, drawing: dealsDrawing, csvWords: ["what", "announced_by"] },
  "routes-map": { tables: routesMapTables as Tables, drawing: routesDrawing, csvWords: ["from", "to", "started", "service"] },
};
const editions = ["ru", "kk"] as const;
const sizes: Size[] = [
  { width: 328, height: 206 },
  { width: 640, height: 440 },
];

/**
 * Latin words a translation may keep: names the termbase writes the same in every edition (DOTS, WEO, WDI ...), and
 * the names of publications and sources, which stay in their own language (China Bystander, Eurasianet, Reuters,
 * GeoNames), and COVID-19.
 */
const termbase = parse(readFileSync("content/i18n/terms.yaml", "utf8")) as {
  en: string;
  ru: string;
  kk: string;
  short?: { en: string; ru: string; kk: string };
}[];
const sameInEveryEdition = termbase.flatMap((t) => [t, ...(t.short ? [t.short] : [])]).filter((t) => t.en === t.ru && t.en === t.kk);
const ALLOWED = new Set([
  ...sameInEveryEdition.flatMap((t) => t.en.split(/\s+/)),
  "China",
  "Bystander",
  "Eurasianet",
  "Reuters",
  "GeoNames",
  "COVID",
]);
const englishWords = (text: string) => (text.match(/[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?/g) ?? []).filter((w) => !ALLOWED.has(w));

/**
 * The figures a text gives, as numbers: "6,0 %", "6.0%", "−2,5", "18 000 000 000" and "$18.0bn" give 6, −2.5, 18e9
 * and 18; a day's date "2014-12-09" gives its year and day (a translation writes its month in words).
 */
const figuresOf = (text: string | number): number[] =>
  typeof text === "number"
    ? [text]
    : (
        String(text)
          .replace(/(\d{4})-\d{2}-(\d{2})/g, "$1 $2")
          .match(/(?<!\d)[-−]?\d+(?:[\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g) ?? []
      ).map((n) =>
        Number(
          n
            .replace(/[\u00a0\u202f ]/g, "")
            .replace("−", "-")
            .replace(",", "."),
        ),
      );
const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);

const textsOf = (model: ChartModel) => model.marks.filter((m) => m.tag === "text" && m.text).map((m) => m.text!);
const tableTexts = (tables: DataTable[]) => tables.flatMap((t) => [t.caption, ...t.columns, ...t.rows.flat().map(String)]);

const cases = editions.flatMap((edition) =>
  Object.keys(charts).flatMap((chart) => chartDefinitions[chart]!.states.map((state) => ({ edition, chart, state }))),
);

describe("four charts in Russian and Kazakh", () => {
  it.each(cases)("$chart in $edition, $state: no English word on the chart or in its summary", ({ edition, chart, state }) => {
    for (const size of sizes) {
      const model = chartDefinitions[chart]!.draw(state, size, undefined, edition);
      const found = [...textsOf(model), model.summary].flatMap((text) => englishWords(text).map((w) => `${w} in "${text}"`));
      expect(found, `${size.width} x ${size.height}`).toEqual([]);
    }
  });

  it.each(cases)(
    "$chart in $edition, $state: figures in the edition's numerals, the same figures as the English",
    ({ edition, chart, state }) => {
      for (const size of sizes) {
        const model = chartDefinitions[chart]!.draw(state, size, undefined, edition);
        const english = chartDefinitions[chart]!.draw(state, size);
        const texts = [...textsOf(model), model.summary];
        // No decimal point, no dollar sign: "17,2", "14,2 млрд долл."; Russian sets the per cent sign off with a no-break space, Kazakh does not.
        expect(
          texts.filter((t) => /\d\.\d|\$/.test(t)),
          "decimal points or $",
        ).toEqual([]);
        const percent = edition === "ru" ? /\d(?!\u00a0%)[^\d]?%/ : /\d\s%/;
        expect(
          texts.filter((t) => percent.test(t)),
          "per cent signs",
        ).toEqual([]);
        expect(sorted(textsOf(model).flatMap(figuresOf)), `${size.width} x ${size.height}: figures drawn`).toEqual(
          sorted(textsOf(english).flatMap(figuresOf)),
        );
        expect(sorted(figuresOf(model.summary)), "figures in the summary").toEqual(sorted(figuresOf(english.summary)));
      }
    },
  );

  it.each(cases)(
    "$chart in $edition, $state: the page's rows carry the words, so the browser redraws them",
    ({ edition, chart, state }) => {
      const json = JSON.stringify(chartDefinitions[chart]!.rows(edition));
      const redraw = charts[chart]!.drawing.withRows(json);
      for (const size of sizes) {
        expect(redraw(state, size)).toEqual(chartDefinitions[chart]!.draw(state, size, undefined, edition));
      }
    },
  );

  it.each(editions.flatMap((edition) => Object.keys(charts).map((chart) => ({ edition, chart }))))(
    "$chart in $edition: tables and CSV display names in the edition, with the English figures",
    ({ edition, chart }) => {
      const { tables, csvWords } = charts[chart]!;
      const translated = tables(chartDefinitions[chart]!.rows(edition) as never);
      const english = tables(chartDefinitions[chart]!.rows() as never);
      expect(tableTexts(translated).flatMap((text) => englishWords(text).map((w) => `${w} in "${text}"`))).toEqual([]);
      expect(
        tableTexts(translated).filter((t) => /\d\.\d/.test(t)),
        "decimal points",
      ).toEqual([]);
      expect(translated.map((t) => t.rows.length)).toEqual(english.map((t) => t.rows.length));
      translated.forEach((table, t) =>
        table.rows.forEach((row, r) =>
          expect(sorted(row.flatMap(figuresOf)), `table ${t + 1}, row ${r + 1}`).toEqual(sorted(english[t]!.rows[r]!.flatMap(figuresOf))),
        ),
      );
      const csv = csvParse(chartDefinitions[chart]!.csv(undefined, edition));
      const englishCsv = csvParse(chartDefinitions[chart]!.csv());
      expect(csv.columns).toEqual(englishCsv.columns);
      for (const column of csvWords) {
        const values = csv.map((row) => row[column] ?? "");
        expect(
          values.flatMap((v) => englishWords(v).map((w) => `${w} in "${v}"`)),
          column,
        ).toEqual([]);
        expect(
          values.map((v) => sorted(figuresOf(v))),
          column,
        ).toEqual(englishCsv.map((row) => sorted(figuresOf(row[column] ?? ""))));
      }
    },
  );
});

describe("dates in the editions' words, written at build time", () => {
  const summary = (chart: string, state: string, edition: "ru" | "kk") =>
    chartDefinitions[chart]!.draw(state, sizes[1]!, undefined, edition).summary;

  it("gives the quoted forecasts' dates with the edition's month names", () => {
    expect(summary("gdp-growth", "the-2014-slowdown", "ru")).toContain("по сообщению Reuters от 9 декабря 2014 г.");
    expect(summary("gdp-growth", "forecast-vs-outcome", "kk")).toContain("Reuters 2015 жылғы 14 мамырда хабарлағандай");
    expect(summary("deals-timeline", "all", "kk")).toContain("(2014 ж. желтоқсан)");
    expect(summary("routes-map", "route-2018", "ru")).toContain("28 марта 2018 года");
  });

  it("names people and places as the editions' chapters do, and Khorgos as the termbase does", () => {
    expect(summary("deals-timeline", "all", "ru")).toMatch(/Ли Кэцяна.*Карима Масимова/);
    expect(summary("deals-timeline", "all", "kk")).toMatch(/Ли Кэцянның.*Кәрім Мәсімовтің/);
    expect(summary("routes-map", "overview", "ru")).toContain("Хоргос–Алтынколь");
    expect(summary("routes-map", "overview", "kk")).toContain("Қорғас–Алтынкөл");
    expect(summary("routes-map", "route-2015", "kk")).toContain("Ляньюньган — Алматы");
  });
});

describe("the growth chart's read-outs on a phone, in every edition", () => {
  // Each read-out names who published its figure: the World Bank's too, beside the IMF's and the EBRD's (audit 19).
  const named = { en: "World Bank", ru: "ВБ", kk: "ДБ" } as const;
  for (const code of ["en", "ru", "kk"] as const)
    it(`${code}: the World Bank's figure is named, and the key says what the short name stands for`, () => {
      const model = chartDefinitions["gdp-growth"]!.draw("forecast-vs-outcome", { width: 328, height: 206 }, undefined, code);
      const readouts = model.marks.filter((m) => m.key.startsWith("readout-wb-"));
      expect(readouts.length).toBeGreaterThan(0);
      for (const m of readouts) expect(m.text, m.key).toContain(named[code]);
      const key = model.marks
        .filter((m) => m.key.startsWith("label-wb-wdi"))
        .map((m) => m.text)
        .join(" ");
      expect(key).toContain(named[code]);
    });
});
