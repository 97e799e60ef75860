import { describe, expect, it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import { tradeTurnoverTables } from "../../src/charts/trade-turnover/tables.ts";
import { partnerSharesTables } from "../../src/charts/partner-shares/tables.ts";
import { breaksSentence } from "../../src/charts/chartBreaks.ts";
import { partnerColors } from "../../src/charts/partnerColors.ts";
import { textBox } from "../../src/charts/labelSpace.ts";
import type { ChartBreak } from "../../src/charts/chartBreaks.ts";
import type { DataTable } from "../../src/charts/dataTable.ts";
import type { ChartModel, Size } from "../../src/charts/marks.ts";
import type { Reporter } from "../../src/charts/reporters.ts";
import type { EditionCode } from "../../src/i18n/editions.ts";
import { plotSizes, switchPlotSizes } from "./labelChecks.ts";
import { drawing as turnoverDrawing } from "../../src/charts/trade-turnover/draw.ts";
import { drawing as sharesDrawing } from "../../src/charts/partner-shares/draw.ts";
import { drawing as importsDrawing } from "../../src/charts/import-shares/draw.ts";

/**
 * The three bilateral-trade charts (trade turnover, export and import shares) in Russian and Kazakh (#17): every
 * word they write, in every state under every reporter, is in the edition's language, with its numerals, and
 * says the same figures as the English. The breaks' own words (drawn by src/charts/breakMarks.ts, named by
 * breaksSentence and tabled by withBreaks) come from the breaks' translations and are left to their tests.
 */
const charts = {
  "trade-turnover": (rows: never, reporter: Reporter) => tradeTurnoverTables(rows, reporter),
  "partner-shares": (rows: never, reporter: Reporter) => partnerSharesTables(rows, ["export", "import"], true, reporter),
  "import-shares": (rows: never, reporter: Reporter) => partnerSharesTables(rows, ["import"], false, reporter),
} as const;
type ChartId = keyof typeof charts;
const editions = ["ru", "kk"] as const;
const size: Size = { width: 640, height: 440 };
const phone: Size = { width: 328, height: 206 };

const rowsOf = (chart: ChartId, edition: EditionCode) => chartDefinitions[chart]!.rows(edition) as { breaks?: ChartBreak[] };
const draw = (chart: ChartId, state: string, reporter: Reporter, edition: EditionCode, at: Size = size) =>
  chartDefinitions[chart]!.draw(state, at, reporter, edition);
const tables = (chart: ChartId, reporter: Reporter, edition: EditionCode): DataTable[] =>
  charts[chart](rowsOf(chart, edition) as never, reporter);
/** The words a chart writes itself: its text marks but the breaks' and events' labels (their own translations). */
const ownMarks = (model: ChartModel) => model.marks.filter((m) => m.tag === "text" && m.text && !/^(break|event)-/.test(m.key));
/** Its summary without the sentence naming the breaks, or a break's own name where a sentence quotes it. */
const ownSummary = (model: ChartModel, chart: ChartId, edition: EditionCode) => {
  const breaks = rowsOf(chart, edition).breaks ?? [];
  return breaks.reduce(
    (words, b) => words.replaceAll(b.label, "").replaceAll(b.label.toLowerCase(), ""),
    model.summary.replace(breaksSentence(breaks, edition), ""),
  );
};

/** The figures a text says, in order: "$10.5bn", "10,5 млрд долл.", "17,2 %", "2017" and "331 700 000" as numbers. */
const figures = (text: string): number[] =>
  [...text.matchAll(/(?<![\p{L}\d-])(?:(?<!\p{L})[−-])?\d+(?:[\u00a0 ]\d{3})*(?:[.,]\d+)?/gu)].map((m) =>
    Number(
      m[0]
        .replace(/[\u00a0 ]/g, "")
        .replace(",", ".")
        .replace("−", "-"),
    ),
  );
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

const cases = editions.flatMap((edition) =>
  (Object.keys(charts) as ChartId[]).flatMap((chart) =>
    chartDefinitions[chart]!.reporters.flatMap((reporter) =>
      chartDefinitions[chart]!.states.map((state) => ({ edition, chart, reporter, state })),
    ),
  ),
);
const tableCases = editions.flatMap((edition) =>
  (Object.keys(charts) as ChartId[]).flatMap((chart) =>
    chartDefinitions[chart]!.reporters.map((reporter) => ({ edition, chart, reporter })),
  ),
);

describe("the bilateral-trade charts in Russian and Kazakh", () => {
  it.each(cases)(
    "$edition $chart ($reporter), $state: its marks and summary have no English word",
    ({ edition, chart, reporter, state }) => {
      for (const at of [size, phone]) {
        const model = draw(chart, state, reporter, edition, at);
        for (const mark of ownMarks(model)) expect(mark.text, mark.key).not.toMatch(/[A-Za-z]/);
        expect(ownSummary(model, chart, edition)).not.toMatch(/[A-Za-z]/);
        expect(ownSummary(model, chart, edition)).toMatch(/\p{Script=Cyrillic}/u);
      }
    },
  );

  it.each(cases)("$edition $chart ($reporter), $state: figures in the edition's numerals", ({ edition, chart, reporter, state }) => {
    const model = draw(chart, state, reporter, edition);
    for (const text of [...ownMarks(model).map((m) => m.text!), ownSummary(model, chart, edition)]) {
      expect(text).not.toMatch(/\d\.\d|\bbn\b/);
      if (edition === "ru") expect(text).not.toMatch(/\d%|\d %/);
      else expect(text).not.toMatch(/\d\s%/);
    }
    // The words say dollars in full ("30,1 млрд долл."); a figure drawn on the chart in the short form ("$30,1 млрд").
    expect(ownSummary(model, chart, edition)).not.toMatch(/\$/);
    if (/млрд/.test(model.summary)) expect(model.summary).toMatch(edition === "ru" ? /\d,\d\u00a0млрд долл\./ : /\d,\d\u00a0млрд доллар/);
    for (const mark of ownMarks(model)) if (/\d\S*\s*млрд/.test(mark.text!)) expect(mark.text).toMatch(/\$\d+,\d\u00a0млрд/);
  });

  it.each(cases)("$edition $chart ($reporter), $state: says the English figures", ({ edition, chart, reporter, state }) => {
    const model = draw(chart, state, reporter, edition);
    const english = draw(chart, state, reporter, "en");
    for (const mark of ownMarks(model)) {
      const en = english.marks.find((m) => m.key === mark.key)!;
      // A Kazakh note may give a count's first year too ("1995–2020" for "to 2020"): the values must agree.
      const years = (values: number[]) => values.filter((v) => !(Number.isInteger(v) && v >= 1990 && v <= 2030));
      expect(sorted(years(figures(mark.text!))), mark.key).toEqual(sorted(years(figures(en.text!))));
    }
    expect(sorted(figures(ownSummary(model, chart, edition)))).toEqual(sorted(figures(ownSummary(english, chart, "en"))));
  });

  it.each(tableCases)(
    "$edition $chart ($reporter): its tables' captions, headers and cells in the edition, figures as in English",
    ({ edition, chart, reporter }) => {
      const translated = tables(chart, reporter, edition);
      const english = tables(chart, reporter, "en");
      expect(translated.length).toBe(english.length);
      translated.forEach((table, t) => {
        for (const words of [table.caption, ...table.columns]) expect(words).not.toMatch(/[A-Za-z]/);
        table.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            const en = english[t]!.rows[r]![c]!;
            if (typeof en === "number") expect(figures(String(cell)), `${table.caption} [${r}, ${c}]`).toEqual([en]);
            else expect(String(cell)).not.toMatch(/[A-Za-z]/);
            if (typeof cell === "string") expect(cell).not.toMatch(/\d\.\d/);
          }),
        );
      });
    },
  );
});

describe("the browser redraws them in the page's edition, from the rows the page carries", () => {
  const drawings = { "trade-turnover": turnoverDrawing, "partner-shares": sharesDrawing, "import-shares": importsDrawing } as const;
  it.each(cases)("$edition $chart ($reporter), $state", ({ edition, chart, reporter, state }) => {
    // As src/client does: the rows' JSON from the page, drawn at a phone's plot by the chart's own chunk.
    const redraw = drawings[chart].withRows(JSON.stringify(chartDefinitions[chart]!.rows(edition)));
    const model = redraw(state, phone, reporter)!;
    expect(model).toEqual(draw(chart, state, reporter, edition, phone));
    expect(model.marks.find((m) => m.key === "ytitle")?.text).toMatch(/\p{Script=Cyrillic}/u);
    expect(model.summary).toMatch(/\p{Script=Cyrillic}/u);
  });
});

/** Whose count, as each edition says it after a figure a partner counted itself (fact-check L11). */
const ownTag: Record<EditionCode, Record<"china" | "russia", string>> = {
  en: { china: " (China's own count)", russia: " (Russia's own count)" },
  ru: { china: " (по данным самого Китая)", russia: " (по данным самой России)" },
  kk: { china: " (Қытайдың өз есебі)", russia: " (Ресейдің өз есебі)" },
};
const names: Record<EditionCode, Record<"china" | "russia", string>> = {
  en: { china: "China", russia: "Russia" },
  ru: { china: "Китай", russia: "Россия" },
  kk: { china: "Қытай", russia: "Ресей" },
};

describe("under a partner's own figures, every figure it counted says so (L11)", () => {
  const partnerCases = (["en", "ru", "kk"] as const).flatMap((edition) =>
    (["partner-shares", "import-shares"] as const).flatMap((chart) =>
      (["china", "russia"] as const).flatMap((reporter) =>
        chartDefinitions[chart]!.states.map((state) => ({ edition, chart, reporter, state })),
      ),
    ),
  );
  it.each(partnerCases)("$edition $chart ($reporter), $state", ({ edition, chart, reporter, state }) => {
    const summary = draw(chart, state, reporter, edition).summary;
    const share = String.raw`\d+[.,]\d(?:\u00a0)?%`;
    const theirs = [...summary.matchAll(new RegExp(`${names[edition][reporter]} ${share}`, "g"))];
    const tagged = [
      ...summary.matchAll(new RegExp(`${names[edition][reporter]} ${share}${ownTag[edition][reporter].replace(/[()]/g, "\\$&")}`, "g")),
    ];
    // The long views give three years, two of them counted by the partner: each is tagged, not the first alone.
    if (/long-view/.test(state)) expect(theirs.length).toBe(2);
    expect(tagged.length, summary).toBe(theirs.length);
  });
});

describe("the note on the years China was clearly ahead says whose count at every size (L8)", () => {
  const whose: Record<EditionCode, RegExp> = { en: /Kazakhstan's count/, ru: /по данным Казахстана/, kk: /Қазақстанның есеб/ };
  const sizes = { ...plotSizes, ...switchPlotSizes, "social card": { width: 1104, height: 422 } };
  const noteCases = (["en", "ru", "kk"] as const).flatMap((edition) =>
    (["kazakhstan", "both"] as const).flatMap((reporter) => Object.entries(sizes).map(([where, at]) => ({ edition, reporter, where, at }))),
  );
  it.each(noteCases)("$edition ($reporter), at $where", ({ edition, reporter, at }) => {
    const model = draw("trade-turnover", "china-overtakes", reporter, edition, at);
    const note = model.marks
      .filter((m) => m.key.startsWith("ahead-note"))
      .map((m) => m.text)
      .join(" ");
    expect(note).toMatch(whose[edition]);
    expect(note).toMatch(/2023/);
  });
});

describe("the years China was clearly ahead look unlike a break in the series, with their note by them (L10)", () => {
  const sizes = { "static SVG": size, "social card": { width: 1104, height: 422 }, "no-script step copy": { width: 420, height: 340 } };
  it.each(Object.entries(sizes))("at %s", (_where, at) => {
    const model = draw("trade-turnover", "china-overtakes", "kazakhstan", "en", at);
    const band = model.marks.find((m) => m.key === "ahead-2023")!;
    const breakBand = model.marks.find((m) => m.key === "break-customs-union")!;
    // Its own colour in the drawing itself, so a card without the page's stylesheet shows it too.
    expect(band.attrs.fill).toBe(partnerColors.china.light);
    expect(band.attrs.stroke).toBe(partnerColors.china.light);
    expect(band.attrs.class).not.toBe(breakBand.attrs.class);
    expect(band.attrs.fill).not.toBe(breakBand.attrs.fill);
    const note = textBox(model.marks.find((m) => m.key === "ahead-note")!);
    const bandLeft = Number(band.attrs.x);
    expect(bandLeft - note.right).toBeGreaterThanOrEqual(0);
    expect(bandLeft - note.right).toBeLessThanOrEqual(8);
  });
});
