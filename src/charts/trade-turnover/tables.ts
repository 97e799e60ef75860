import type { DataTable } from "../dataTable.ts";
import type { TradeTurnoverData } from "./data.ts";
import type { Reporter } from "../reporters.ts";
import { turnoverView } from "./draw.ts";
import { turnoverPartners, type TurnoverPartner } from "./states.ts";
import { editionTexts } from "../chartText.ts";
import { rowsIn } from "../tableCells.ts";

type SeriesId = "imf-dots" | "bns" | "imf-dots-china" | "imf-dots-russia";

/** The tables' words per edition (build side: tables are built with the page). */
interface TableWords {
  year: string;
  source: string;
  noFigure: string;
  series: Record<SeriesId, string>;
  name: Record<TurnoverPartner, string>;
  byKazakhstan: { caption: string; with: Record<TurnoverPartner, string> };
  bothSides: { caption: string; kazakhstan: string; china: string; minus: string };
  partner: (p: TurnoverPartner, other: TurnoverPartner, end: number) => { caption: string; own: string; other: string };
  each: (p: TurnoverPartner) => { caption: string; kazakhstan: string; theirs: string; minus: string };
}

const words = editionTexts<TableWords>("src/charts/trade-turnover/tables.ts", {
  en: {
    year: "Year",
    source: "Source",
    noFigure: "no figure",
    series: {
      "imf-dots": "IMF Direction of Trade Statistics",
      bns: "Bureau of National Statistics",
      "imf-dots-china": "IMF Direction of Trade Statistics, China's figures",
      "imf-dots-russia": "IMF Direction of Trade Statistics, Russia's figures",
    },
    name: { china: "China", russia: "Russia" },
    byKazakhstan: {
      caption:
        "Kazakhstan's trade turnover with China and with Russia, US dollars, as reported by Kazakhstan: the sum of exports and imports",
      with: { china: "With China", russia: "With Russia" },
    },
    bothSides: {
      caption:
        "Kazakhstan-China trade turnover, US dollars, as each side reported it (IMF Direction of Trade Statistics): the sum of exports and imports",
      kazakhstan: "Reported by Kazakhstan",
      china: "Reported by China",
      minus: "China's figure minus Kazakhstan's",
    },
    partner: (p, other, end) => {
      const name = { china: "China", russia: "Russia" };
      return {
        caption: `Kazakhstan's trade turnover, US dollars: with ${name[p]} as ${name[p]} reported it (to ${end}, where its series ends), with ${name[other]} as Kazakhstan reported it; the sum of exports and imports`,
        own: `With ${name[p]}, ${name[p]}'s count`,
        other: `With ${name[other]}, Kazakhstan's count`,
      };
    },
    each: (p) => {
      const name = p === "china" ? "China" : "Russia";
      return {
        caption: `Kazakhstan-${name} trade turnover, US dollars, as each side reported it: the sum of exports and imports`,
        kazakhstan: "Reported by Kazakhstan",
        theirs: `Reported by ${name}`,
        minus: `${name}'s figure minus Kazakhstan's`,
      };
    },
  },
  ru: {
    year: "Год",
    source: "Источник",
    noFigure: "нет данных",
    series: {
      "imf-dots": "Статистика направлений торговли МВФ",
      bns: "Бюро национальной статистики",
      "imf-dots-china": "Статистика направлений торговли МВФ, данные Китая",
      "imf-dots-russia": "Статистика направлений торговли МВФ, данные России",
    },
    name: { china: "Китай", russia: "Россия" },
    byKazakhstan: {
      caption: "Товарооборот Казахстана с Китаем и с Россией, долл. США, по данным Казахстана: сумма экспорта и импорта",
      with: { china: "С Китаем", russia: "С Россией" },
    },
    bothSides: {
      caption:
        "Товарооборот Казахстана и Китая, долл. США, по данным каждой из сторон (Статистика направлений торговли МВФ): сумма экспорта и импорта",
      kazakhstan: "По данным Казахстана",
      china: "По данным Китая",
      minus: "Цифра Китая минус цифра Казахстана",
    },
    partner: (p, other, end) => {
      const withName = { china: "Китаем", russia: "Россией" };
      const of = { china: "Китая", russia: "России" };
      return {
        caption: `Товарооборот Казахстана, долл. США: с ${withName[p]} — по данным ${of[p]} (до ${end} года, где ${p === "china" ? "его" : "её"} ряд заканчивается), с ${withName[other]} — по данным Казахстана; сумма экспорта и импорта`,
        own: `С ${withName[p]}, счёт ${of[p]}`,
        other: `С ${withName[other]}, счёт Казахстана`,
      };
    },
    each: (p) => {
      const of = p === "china" ? "Китая" : "России";
      return {
        caption: `Товарооборот Казахстана и ${p === "china" ? "Китая" : "России"}, долл. США, по данным каждой из сторон: сумма экспорта и импорта`,
        kazakhstan: "По данным Казахстана",
        theirs: `По данным ${of}`,
        minus: `Цифра ${of} минус цифра Казахстана`,
      };
    },
  },
  kk: {
    year: "Жыл",
    source: "Дереккөз",
    noFigure: "көрсеткіш жоқ",
    series: {
      "imf-dots": "ХВҚ Сауда бағыттары статистикасы",
      bns: "Ұлттық статистика бюросы",
      "imf-dots-china": "ХВҚ Сауда бағыттары статистикасы, Қытай деректері",
      "imf-dots-russia": "ХВҚ Сауда бағыттары статистикасы, Ресей деректері",
    },
    name: { china: "Қытай", russia: "Ресей" },
    byKazakhstan: {
      caption:
        "Қазақстанның Қытаймен және Ресеймен тауар айналымы, АҚШ доллары, Қазақстанның деректері бойынша: экспорт пен импорттың қосындысы",
      with: { china: "Қытаймен", russia: "Ресеймен" },
    },
    bothSides: {
      caption:
        "Қазақстан мен Қытайдың тауар айналымы, АҚШ доллары, әр тараптың деректері бойынша (ХВҚ Сауда бағыттары статистикасы): экспорт пен импорттың қосындысы",
      kazakhstan: "Қазақстанның деректері",
      china: "Қытайдың деректері",
      minus: "Қытайдың көрсеткіші минус Қазақстанның көрсеткіші",
    },
    partner: (p, other, end) => {
      const withName = { china: "Қытаймен", russia: "Ресеймен" };
      const of = { china: "Қытайдың", russia: "Ресейдің" };
      return {
        caption: `Қазақстанның тауар айналымы, АҚШ доллары: ${withName[p]} сауда — ${of[p]} деректері бойынша (${end} жылға дейін, оның қатары сонда аяқталады), ${withName[other]} сауда — Қазақстанның деректері бойынша; экспорт пен импорттың қосындысы`,
        own: `${withName[p]}, ${of[p]} есебі`,
        other: `${withName[other]}, Қазақстанның есебі`,
      };
    },
    each: (p) => {
      const of = p === "china" ? "Қытайдың" : "Ресейдің";
      return {
        caption: `Қазақстан мен ${p === "china" ? "Қытайдың" : "Ресейдің"} тауар айналымы, АҚШ доллары, әр тараптың деректері бойынша: экспорт пен импорттың қосындысы`,
        kazakhstan: "Қазақстанның деректері",
        theirs: `${of} деректері`,
        minus: `${of} көрсеткіші минус Қазақстанның көрсеткіші`,
      };
    },
  },
});

/** The trade-turnover chart's figures: both partners as Kazakhstan reported them, and both reporters' figures for China. */
export function tradeTurnoverTables(data: TradeTurnoverData, reporter: Reporter = "kazakhstan"): DataTable[] {
  const edition = data.edition ?? "en";
  const w = words[edition];
  const tables = reporter !== "kazakhstan" ? reporterTables(data, reporter, w) : kazakhstanTables(data, w);
  return tables.map((t) => ({ ...t, rows: rowsIn(t.rows, edition) }));
}

function kazakhstanTables(data: TradeTurnoverData, w: TableWords): DataTable[] {
  const years = [...new Set(data.turnover.map((r) => r.year))].sort((a, b) => a - b);
  const at = (partner: string, year: number) => data.turnover.find((r) => r.partner === partner && r.year === year);
  return [
    {
      caption: w.byKazakhstan.caption,
      columns: [w.year, w.byKazakhstan.with.china, w.byKazakhstan.with.russia, w.source],
      rows: years.map((year) => [
        year,
        at("china", year)?.turnoverUsd ?? w.noFigure,
        at("russia", year)?.turnoverUsd ?? w.noFigure,
        w.series[at("china", year)?.series ?? "imf-dots"],
      ]),
    },
    {
      caption: w.bothSides.caption,
      columns: [w.year, w.bothSides.kazakhstan, w.bothSides.china, w.bothSides.minus],
      rows: data.mirror.map((m) => {
        const own = at("china", m.year);
        return [m.year, own?.turnoverUsd ?? w.noFigure, m.turnoverUsd, own ? m.turnoverUsd - own.turnoverUsd : w.noFigure];
      }),
    },
  ];
}

/** The figures as the chosen reporter counts them (see turnoverView): the same rows the chart draws. */
function reporterTables(data: TradeTurnoverData, reporter: Exclude<Reporter, "kazakhstan">, w: TableWords): DataTable[] {
  const view = turnoverView(data, reporter);
  const years = [...new Set(view.turnover.map((r) => r.year))].sort((a, b) => a - b);
  const at = (partner: string, year: number) => view.turnover.find((r) => r.partner === partner && r.year === year);
  if (reporter !== "both") {
    const other = reporter === "china" ? "russia" : "china";
    const end = Math.max(...view.turnover.filter((r) => r.partner === reporter).map((r) => r.year));
    const t = w.partner(reporter, other, end);
    return [
      {
        caption: t.caption,
        // The source column names where Kazakhstan's figures come from: the IMF's to 2020, the Bureau's from 2021 (audit 18).
        columns: [w.year, t.own, t.other, w.source],
        rows: years.map((year) => [
          year,
          at(reporter, year)?.turnoverUsd ?? w.noFigure,
          at(other, year)?.turnoverUsd ?? w.noFigure,
          w.series[at(other, year)?.series ?? "imf-dots"],
        ]),
      },
    ];
  }
  return turnoverPartners.map((p) => {
    const theirs = p === "china" ? view.mirror : view.mirrorRussia;
    const t = w.each(p);
    return {
      caption: t.caption,
      columns: [w.year, t.kazakhstan, t.theirs, t.minus, w.source],
      rows: years.map((year) => {
        const own = at(p, year)?.turnoverUsd;
        const other = theirs.find((m) => m.year === year)?.turnoverUsd;
        return [
          year,
          own ?? w.noFigure,
          other ?? w.noFigure,
          own !== undefined && other !== undefined ? other - own : w.noFigure,
          w.series[at(p, year)?.series ?? "imf-dots"],
        ];
      }),
    };
  });
}
