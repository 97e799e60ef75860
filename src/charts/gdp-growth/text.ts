import { editionTexts } from "../chartText.ts";
import { reportedOn } from "./reportedBy.ts";

/**
 * The gdp-growth chart's words in each edition. `draw` rides in the rows to the browser; the rest is used at build
 * time only (words.ts, tables.ts, csv.ts), so its functions never reach a reader's browser. Figures come in already
 * written in the edition's numerals; nothing here types a figure.
 */
export interface GdpGrowthDrawText {
  /** The y axis's title. */
  ytitle: string;
  /** The World Bank line's label, one entry a line (a translation may take two, to fit a phone's margin). */
  wbLabel: string[];
  /**
   * The read-outs of a year's figure, "{year}, World Bank: {value}", and on phones (where a translation's name of
   * the World Bank does not fit the plot, it leaves the name to the read-out's colour, the line's).
   */
  readoutWb: string;
  readoutWbNarrow: string;
  readoutImf: string;
  /** The IMF dots' label. */
  imfLabel: string;
  /** The diamonds' key: two short lines in a phone's right margin, or one line under the read-out. */
  keyNarrow: [string, string];
  keyWide: string;
  /** The sign before a negative tick: the English hyphen, kept as it was; a true minus in the translations. */
  minus: string;
}

/** A quoted figure, ready for words: its pieces already in the edition's words and numerals. */
export interface ClaimWords {
  /** The year it is about. */
  year: number;
  kind: "estimate" | "forecast";
  /** Who made it, as the edition names them ("IMF", "МВФ"). */
  maker: string;
  /** When it was made, YYYY-MM. */
  made: string;
  value: string;
  /** From reported_source ("IMF mission via Reuters 2014-12-09"): whose figure (in the edition's words), who reported it, and when. */
  who?: string;
  outlet?: string;
  date?: string;
  /** reported_source as it is, when it does not read "<who> via <outlet> <date>". */
  source: string;
}

export interface GdpGrowthText {
  draw: GdpGrowthDrawText;
  /** The makers' names as the edition writes them, keyed by forecasts.csv's made_by; and the reporting sources' "<who>". */
  names: Record<string, string>;
  intro: (first: number, last: number) => string;
  /** The breaks and events marked on the chart, each "<title> (<years>)", in one sentence with a leading space. */
  marked: (items: string[]) => string;
  longView: (high: { year: number; value: string }, low: { year: number; value: string }, last: number, lastValue: string) => string;
  /** "World Bank: 6.0% in 2013, 4.2% in 2014; IMF: ..." from [value, year] pairs. */
  focus: (wb: [string, number][], imf: [string, number][] | undefined) => string;
  /** A quoted figure in a sentence, ending with `reported` (reportedBy or reportedPlain). */
  claim: (c: ClaimWords, reported: string) => string;
  readout: (c: ClaimWords) => { wide: string; narrow: [string, string] };
  /** Who reported a quoted figure, for the table: "IMF mission via Reuters 2014-12-09" in the edition's words. */
  reportedSource: (c: ClaimWords) => string;
  /** "as Reuters reported on 14 May 2015". */
  reportedBy: (outlet: string, date: string) => string;
  reportedPlain: (source: string) => string;
  table: {
    outcomesCaption: string;
    outcomesColumns: [string, string, string];
    claimsCaption: string;
    claimsColumns: [string, string, string, string, string, string];
    kind: { estimate: string; forecast: string };
    noFigure: string;
    decimal: string;
  };
  /** The CSV's source cell for a quoted figure: "<reported_source> (made <YYYY-MM>)". */
  csvSource: (reported: string, made: string) => string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const month = (date: string) => Number(date.slice(5, 7)) - 1;
const day = (date: string) => Number(date.slice(8, 10));

/** Russian months in the genitive ("14 мая"), and short for the chart ("от дек. 2014 г."). */
const RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const RU_SHORT = ["янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."];
/** Kazakh months, short (for a phone's read-out), and in the locative ("14 мамырда"). */
const KK_SHORT = ["қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.", "қар.", "жел."];
const KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];
const KK_AT = [
  "қаңтарда",
  "ақпанда",
  "наурызда",
  "сәуірде",
  "мамырда",
  "маусымда",
  "шілдеде",
  "тамызда",
  "қыркүйекте",
  "қазанда",
  "қарашада",
  "желтоқсанда",
];

const year = (date: string) => date.slice(0, 4);

export const gdpGrowthText = /* @__PURE__ */ editionTexts<GdpGrowthText>("src/charts/gdp-growth/text.ts", {
  en: {
    draw: {
      ytitle: "Real GDP growth on the year before",
      wbLabel: ["World Bank"],
      readoutWb: "{year}, World Bank: {value}",
      readoutWbNarrow: "{year}, World Bank: {value}",
      readoutImf: "{year}, IMF: {value}",
      imfLabel: "IMF, WEO (dots)",
      keyNarrow: ["◇ quoted", "at the time"],
      keyWide: "◇ estimate or forecast quoted at the time",
      minus: "-",
    },
    names: { IMF: "IMF", EBRD: "EBRD", "IMF mission": "IMF mission" },
    intro: (first, last) =>
      `Kazakhstan's real GDP growth, ${first} to ${last}, as the World Bank publishes it, with the IMF's figures for comparison.`,
    marked: (items) => ` Marked on the chart: ${items.join("; ")}.`,
    longView: (high, low, last, lastValue) =>
      ` Growth was highest in ${high.year}, at ${high.value}, and lowest in ${low.year}, at ${low.value}; in ${last} it was ${lastValue}.`,
    focus: (wb, imf) =>
      `World Bank: ${wb.map(([v, y]) => `${v} in ${y}`).join(", ")}${imf ? `; IMF: ${imf.map(([v, y]) => `${v} in ${y}`).join(", ")}` : ""}.`,
    claim: (c, reported) =>
      `The ${c.maker} ${c.kind} (${MONTHS[month(c.made)]!.slice(0, 3)} ${year(c.made)}) for ${c.year} was ${c.value}, ${reported}.`,
    readout: (c) => {
      const made = `${MONTHS[month(c.made)]!.slice(0, 3)} ${year(c.made)}`;
      return {
        wide: `${c.year}, ${c.maker} ${c.kind} (${made}): ${c.value}`,
        narrow: [`${c.year}, ${c.maker} ${c.kind}`, `of ${made}: ${c.value}`],
      };
    },
    reportedSource: (c) => c.source,
    reportedBy: reportedOn,
    reportedPlain: (source) => `as reported by ${source}`,
    table: {
      outcomesCaption:
        "Kazakhstan's real GDP growth on the year before, per cent, as published by the World Bank (World Development Indicators) and the IMF (World Economic Outlook)",
      outcomesColumns: ["Year", "World Bank", "IMF"],
      claimsCaption: "Estimates and forecasts of Kazakhstan's real GDP growth quoted at the time, per cent",
      claimsColumns: ["Year it is about", "Made by", "Kind", "Published", "Value", "Reported by"],
      kind: { estimate: "estimate", forecast: "forecast" },
      noFigure: "no figure",
      decimal: ".",
    },
    csvSource: (reported, made) => `${reported} (made ${made})`,
  },
  ru: {
    draw: {
      ytitle: "Реальный рост ВВП к предыдущему году",
      wbLabel: ["Всемирный", "банк (ВБ)"],
      readoutWb: "{year}, Всемирный банк: {value}",
      readoutWbNarrow: "{year}, ВБ: {value}",
      readoutImf: "{year}, МВФ: {value}",
      imfLabel: "МВФ, WEO (точки)",
      keyNarrow: ["◇ приводились", "в то время"],
      keyWide: "◇ оценка или прогноз того времени",
      minus: "\u2212",
    },
    names: { IMF: "МВФ", EBRD: "ЕБРР", "IMF mission": "миссия МВФ" },
    intro: (first, last) =>
      `Реальный рост ВВП Казахстана с ${first} по ${last} год по данным Всемирного банка, для сравнения — данные МВФ.`,
    marked: (items) => ` Отмечено на графике: ${items.join("; ")}.`,
    longView: (high, low, last, lastValue) =>
      ` Рост был самым высоким в ${high.year} году (${high.value}), самым низким — в ${low.year} году (${low.value}); в ${last} году он составил ${lastValue}.`,
    focus: (wb, imf) =>
      `Всемирный банк: ${wb.map(([v, y]) => `${v} в ${y} году`).join(", ")}${imf ? `; МВФ: ${imf.map(([v, y]) => `${v} в ${y} году`).join(", ")}` : ""}.`,
    claim: (c, reported) =>
      `${c.kind === "estimate" ? "Оценка" : "Прогноз"} ${c.maker} от ${RU_MONTHS[month(c.made)]} ${year(c.made)} г. на ${c.year} год — ${c.value}, ${reported.replace(/\.$/, "")}.`,
    readout: (c) => {
      const what = `${c.kind === "estimate" ? "оценка" : "прогноз"} ${c.maker}`;
      const made = `от ${RU_SHORT[month(c.made)]} ${year(c.made)} г.`;
      return { wide: `${c.year}, ${what} ${made}: ${c.value}`, narrow: [`${c.year}, ${what}`, `${made}: ${c.value}`] };
    },
    reportedSource: (c) =>
      c.outlet ? `${c.who}, по сообщению ${c.outlet} от ${day(c.date!)} ${RU_MONTHS[month(c.date!)]} ${year(c.date!)} г.` : c.source,
    reportedBy: (outlet, date) => `по сообщению ${outlet} от ${day(date)} ${RU_MONTHS[month(date)]} ${year(date)} г.`,
    reportedPlain: (source) => `по сообщению: ${source}`,
    table: {
      outcomesCaption:
        "Реальный рост ВВП Казахстана к предыдущему году, %, по данным Всемирного банка (Показатели мирового развития) и МВФ (Перспективы развития мировой экономики)",
      outcomesColumns: ["Год", "Всемирный банк", "МВФ"],
      claimsCaption: "Оценки и прогнозы реального роста ВВП Казахстана, приведённые в то время, %",
      claimsColumns: ["Год, к которому относится", "Кто сделал", "Вид", "Опубликовано", "Значение", "Кто сообщил"],
      kind: { estimate: "оценка", forecast: "прогноз" },
      noFigure: "нет данных",
      decimal: ",",
    },
    csvSource: (reported, made) => `${reported} (сделан: ${made})`,
  },
  kk: {
    draw: {
      ytitle: "Нақты ЖІӨ өсімі, алдыңғы жылға қарағанда",
      wbLabel: ["Дүниежүзілік", "банк (ДБ)"],
      readoutWb: "{year}, Дүниежүзілік банк: {value}",
      readoutWbNarrow: "{year}, ДБ: {value}",
      readoutImf: "{year}, ХВҚ: {value}",
      imfLabel: "ХВҚ, WEO (нүкте)",
      keyNarrow: ["◇ сол кезде", "келтірілген"],
      keyWide: "◇ сол кезде келтірілген бағалау не болжам",
      minus: "\u2212",
    },
    names: { IMF: "ХВҚ", EBRD: "ЕҚДБ", "IMF mission": "ХВҚ миссиясы" },
    intro: (first, last) =>
      `Қазақстанның нақты ЖІӨ өсімі, ${first}–${last} жылдар, Дүниежүзілік банк жариялаған күйінде, салыстыру үшін ХВҚ деректерімен.`,
    marked: (items) => ` Диаграммада белгіленгендер: ${items.join("; ")}.`,
    longView: (high, low, last, lastValue) =>
      ` Өсім ${high.year} жылы ең жоғары (${high.value}), ${low.year} жылы ең төмен (${low.value}) болды; ${last} жылы ол ${lastValue} болды.`,
    focus: (wb, imf) =>
      `Дүниежүзілік банк: ${wb.map(([v, y]) => `${y} жылы ${v}`).join(", ")}${imf ? `; ХВҚ: ${imf.map(([v, y]) => `${y} жылы ${v}`).join(", ")}` : ""}.`,
    claim: (c, reported) =>
      `${c.maker}-ның ${c.year} жылға ${c.kind === "estimate" ? "бағалауы" : "болжамы"} (${year(c.made)} ж. ${KK_MONTHS[month(c.made)]}) — ${c.value}, ${reported}.`,
    readout: (c) => {
      const what = `${c.maker} ${c.kind === "estimate" ? "бағалауы" : "болжамы"}`;
      const made = (months: string[]) => `(${year(c.made)} ж. ${months[month(c.made)]})`;
      return { wide: `${c.year}, ${what} ${made(KK_MONTHS)}: ${c.value}`, narrow: [`${c.year}, ${what}`, `${made(KK_SHORT)}: ${c.value}`] };
    },
    reportedSource: (c) =>
      c.outlet ? `${c.who}, ${c.outlet} ${year(c.date!)} жылғы ${day(c.date!)} ${KK_AT[month(c.date!)]} хабарлаған` : c.source,
    reportedBy: (outlet, date) => `${outlet} ${year(date)} жылғы ${day(date)} ${KK_AT[month(date)]} хабарлағандай`,
    reportedPlain: (source) => `хабарлаған: ${source}`,
    table: {
      outcomesCaption:
        "Қазақстанның нақты ЖІӨ өсімі, алдыңғы жылға қарағанда, пайызбен, Дүниежүзілік банк (Әлемдік даму көрсеткіштері) және ХВҚ (Әлемдік экономика болжамы) жариялаған күйінде",
      outcomesColumns: ["Жыл", "Дүниежүзілік банк", "ХВҚ"],
      claimsCaption: "Сол кезде келтірілген Қазақстанның нақты ЖІӨ өсімінің бағалаулары мен болжамдары, пайызбен",
      claimsColumns: ["Қай жылға", "Кім жасаған", "Түрі", "Жарияланған", "Мәні", "Кім хабарлаған"],
      kind: { estimate: "бағалау", forecast: "болжам" },
      noFigure: "дерек жоқ",
      decimal: ",",
    },
    csvSource: (reported, made) => `${reported} (жасалған: ${made})`,
  },
});
