import { describe, expect, it } from "vitest";
import { breaksSentence, breaksTable, chartBreaks } from "../../src/charts/chartBreaks.ts";
import { breaksAdded, breaksIn, withBreaks } from "../../src/charts/withBreaks.ts";
import { breakNote } from "../../src/charts/chartCsv.ts";
import { breaks } from "../../src/data/breaks.ts";
import { editionBreak } from "../../src/i18n/editionLists.ts";
import { englishWords } from "../build/editionWords.ts";

/** The breaks and events (content/data/breaks.yaml) in a translated edition's words (content/editions/<code>/breaks.yaml). */
const rows = { firstYear: 1995, lastYear: 2023 };
const noEnglish = (text: string) => englishWords(`<body><p>${text}</p></body>`).map((w) => w.word);

describe("breaksAdded(rows, kinds, edition): the breaks a chart draws, in the edition's words", () => {
  it("keeps the English by default, as before", () => {
    expect(breaksAdded(rows, ["recording-change", "series-switch", "event"]).breaks).toEqual(
      chartBreaks(breaks(), 1995, 2023, ["recording-change", "series-switch", "event"]),
    );
    expect(breaksAdded(rows, ["recording-change"]).breaks[0]!.label).toBe("Customs union");
  });

  it.each([
    ["ru", "Тамож. союз", "Пандемия"],
    ["kk", "Кеден одағы", "Пандемия"],
  ] as const)(
    "draws and names them in %s: the label drawn on the chart, the title, the sources' publishers",
    (edition, customs, pandemic) => {
      const drawn = breaksAdded(rows, ["recording-change", "series-switch", "event"], edition).breaks;
      expect(drawn.map((b) => b.id)).toEqual(breaksAdded(rows, ["recording-change", "series-switch", "event"]).breaks.map((b) => b.id));
      expect(drawn.find((b) => b.id === "customs-union")!.label).toBe(customs);
      expect(drawn.find((b) => b.id === "pandemic-2020")!.label).toBe(pandemic);
      for (const b of drawn) expect(noEnglish(`${b.label} ${b.title} ${b.source}`), b.id).toEqual([]);
      // Kinds and years stay the English file's.
      const english = breaksAdded(rows, ["recording-change", "series-switch", "event"]).breaks;
      expect(drawn.map((b) => [b.kind, b.from, b.to])).toEqual(english.map((b) => [b.kind, b.from, b.to]));
    },
  );

  it("stops the build naming file and id when a translation lacks an entry", () => {
    expect(breaksIn("ru")).toHaveLength(breaks().length);
    expect(() => editionBreak("kk", "no-such-break")).toThrow(/content\/editions\/kk\/breaks\.yaml: no entry "no-such-break"/);
  });
});

describe("breaksSentence(breaks, edition) and the breaks table", () => {
  const en = breaksAdded(rows, ["recording-change", "event"]).breaks;
  it("English is as before", () => {
    expect(breaksSentence(en)).toMatch(/^ Marked on the chart: Customs union with Russia and Belarus.* \(2010-2011\); /);
    expect(breaksTable(en).caption).toBe("Breaks in these series, and events marked on the chart");
  });

  it.each(["ru", "kk"] as const)(
    "in %s: the sentence, caption, headers, kinds and sources in its words, ranges with an en dash",
    (edition) => {
      const drawn = breaksAdded(rows, ["recording-change", "event"], edition).breaks;
      const sentence = breaksSentence(drawn, edition);
      expect(sentence).toMatch(/\(2010–2011\)/);
      expect(noEnglish(sentence)).toEqual([]);
      const table = withBreaks<typeof rows & { breaks: typeof drawn; edition: typeof edition }>(() => [])({
        ...rows,
        breaks: drawn,
        edition,
      })[0]!;
      expect(noEnglish([table.caption, ...table.columns, ...table.rows.flat()].join(" "))).toEqual([]);
      expect(table.rows[0]![0]).toBe("2010–2011");
    },
  );
});

describe("breakNote(breaks, year, edition): a CSV row's note in the edition's words", () => {
  it("names the break or event of the year, as before in English, and in the edition's words with its edition", () => {
    const en = breaksAdded(rows, ["recording-change", "event"]).breaks;
    expect(breakNote(en, 2010)).toMatch(/^break in the series, 2010-2011: Customs union/);
    const ru = breaksAdded(rows, ["recording-change", "event"], "ru").breaks;
    expect(breakNote(ru, 2010, "ru")).toMatch(/^разрыв ряда, 2010–2011: Таможенный союз/);
    expect(breakNote(ru, 2020, "ru")).toMatch(/^событие, 2020: Пандемия COVID-19$/);
  });

  it("names a break only on the rows it touches: its reporter's figures for its partners, and shares of Kazakhstan's totals", () => {
    const all = breaksAdded(rows, ["recording-change", "series-switch"]).breaks;
    const note = (year: number, reporter: string, partner: string, overKazakhstanTotal: boolean) =>
      breakNote(all, year, "en", { reporter, partner, overKazakhstanTotal });
    // The customs union changed how Kazakhstan recorded its trade with Russia, and so its totals and every share of them.
    expect(note(2010, "kazakhstan", "russia", false)).toMatch(/Customs union/);
    expect(note(2010, "kazakhstan", "china", true)).toMatch(/Customs union/);
    expect(note(2010, "china", "kazakhstan", true)).toMatch(/Customs union/);
    expect(note(2010, "kazakhstan", "china", false)).toBe("");
    expect(note(2010, "china", "kazakhstan", false)).toBe("");
    // The change of source is Kazakhstan's: China's own series ends in 2020, it does not change source.
    expect(note(2020, "kazakhstan", "china", false)).toMatch(/Change of source/);
    expect(note(2020, "china", "kazakhstan", true)).toBe("");
  });

  it("marks a change of source on both its years: the last under the old source and the first under the new", () => {
    const switches = breaksAdded(rows, ["series-switch"]).breaks;
    expect(breakNote(switches, 2019)).toBe("");
    for (const year of [2020, 2021]) expect(breakNote(switches, year)).toMatch(/^break in the series, 2020-2021: Change of source/);
    expect(breakNote(switches, 2022)).toBe("");
  });
});
