import { editionTexts } from "../chartText.ts";

/**
 * The export-composition chart's words in each edition. `draw` rides in the rows to the browser; the rest is used
 * at build time only (words.ts, tables.ts), so its functions never reach a reader's browser. Figures come in already
 * written in the edition's numerals; nothing here types a figure.
 */
export interface ExportCompositionDrawText {
  /** The y axis's title, on phones and wider. */
  ytitleNarrow: string;
  ytitle: string;
  /** Each line's direct label, one entry a line, so they fit the right margin on phones too. */
  fuel: string[];
  "ores-metals": string[];
  /** The label of a one-year dip drawn as published: "{year}: {value} as published", on phones two lines. */
  dip: string;
  dipNarrow: [string, string];
}

/** A state's figures, already written in the edition's numerals ("no figure" where the World Bank has none). */
export interface ExportCompositionWords {
  first: number;
  last: number;
  peakYear: number;
  peak: string;
  fuelFirst: string;
  fuelLast: string;
  oresFirst: string;
  oresLast: string;
  /** Fuel a year before and after its peak, and ores and metals in the peak year. */
  beforePeak: string;
  afterPeak: string;
  oresAtPeak: string;
}

export interface ExportCompositionText {
  draw: ExportCompositionDrawText;
  noFigure: string;
  intro: (w: ExportCompositionWords) => string;
  longView: (w: ExportCompositionWords) => string;
  peak: (w: ExportCompositionWords) => string;
  latest: (w: ExportCompositionWords) => string;
  table: { caption: string; columns: [string, string, string] };
  /** The CSV's note on a one-year dip the chart labels as published, so a reader of the file is told too. */
  csvDip: string;
}

export const exportCompositionText = /* @__PURE__ */ editionTexts<ExportCompositionText>("src/charts/export-composition/text.ts", {
  en: {
    draw: {
      ytitleNarrow: "Share of goods exports",
      ytitle: "Share of Kazakhstan's merchandise exports",
      fuel: ["Fuel"],
      "ores-metals": ["Ores and", "metals"],
      dip: "{year}: {value} as published",
      dipNarrow: ["{year}: {value},", "as published"],
    },
    noFigure: "no figure",
    intro: (w) =>
      `Fuel, and ores and metals, as shares of Kazakhstan's merchandise exports, ${w.first} to ${w.last}, as the World Bank publishes them.`,
    longView: (w) =>
      ` Fuel went from ${w.fuelFirst} in ${w.first} to a peak of ${w.peak} in ${w.peakYear} and ${w.fuelLast} in ${w.last}; ores and metals from ${w.oresFirst} to ${w.oresLast}.`,
    peak: (w) =>
      ` Fuel's share peaked in ${w.peakYear} at ${w.peak}, against ${w.beforePeak} a year earlier and ${w.afterPeak} a year later; ores and metals were ${w.oresAtPeak}.`,
    latest: (w) => ` In ${w.last}: fuel ${w.fuelLast}, ores and metals ${w.oresLast}.`,
    table: {
      caption:
        "Fuel, and ores and metals, as shares of Kazakhstan's merchandise exports, per cent (World Bank, World Development Indicators)",
      columns: ["Year", "Fuel", "Ores and metals"],
    },
    csvDip: "as published, though under a quarter of the figure for the year before and for the year after",
  },
  ru: {
    draw: {
      ytitleNarrow: "Доля в товарном экспорте",
      ytitle: "Доля в товарном экспорте Казахстана",
      fuel: ["Топливо"],
      "ores-metals": ["Руды и", "металлы"],
      dip: "{year}: {value}, как опубликовано",
      dipNarrow: ["{year}: {value},", "как опубликовано"],
    },
    noFigure: "нет данных",
    intro: (w) =>
      `Топливо, а также руды и металлы как доли товарного экспорта Казахстана, ${w.first}–${w.last} годы, по данным Всемирного банка.`,
    longView: (w) =>
      ` Доля топлива изменилась с ${w.fuelFirst} в ${w.first} году до пика ${w.peak} в ${w.peakYear} году и ${w.fuelLast} в ${w.last} году; доля руд и металлов — с ${w.oresFirst} до ${w.oresLast}.`,
    peak: (w) =>
      ` Доля топлива достигла пика в ${w.peakYear} году — ${w.peak}; годом ранее она составляла ${w.beforePeak}, годом позже — ${w.afterPeak}; руды и металлы — ${w.oresAtPeak}.`,
    latest: (w) => ` В ${w.last} году: топливо — ${w.fuelLast}, руды и металлы — ${w.oresLast}.`,
    table: {
      caption: "Топливо, а также руды и металлы как доли товарного экспорта Казахстана, % (Всемирный банк, Показатели мирового развития)",
      columns: ["Год", "Топливо", "Руды и металлы"],
    },
    csvDip: "в том виде, как опубликовано, хотя это меньше четверти значения и за предыдущий, и за следующий год",
  },
  kk: {
    draw: {
      ytitleNarrow: "Тауар экспортындағы үлесі",
      ytitle: "Қазақстанның тауар экспортындағы үлесі",
      fuel: ["Отын"],
      "ores-metals": ["Кендер мен", "металдар"],
      dip: "{year}: {value}, жарияланған күйінде",
      dipNarrow: ["{year}: {value},", "жарияланғандай"],
    },
    noFigure: "дерек жоқ",
    intro: (w) =>
      `Отын, сондай-ақ кендер мен металдар — Қазақстанның тауар экспортындағы үлесі, ${w.first}–${w.last} жылдар, Дүниежүзілік банк жариялаған күйінде.`,
    longView: (w) =>
      ` Отынның үлесі: ${w.first} жылы ${w.fuelFirst}, ең жоғары деңгейі ${w.peakYear} жылы — ${w.peak}, ${w.last} жылы ${w.fuelLast}; кендер мен металдардың үлесі осы аралықта ${w.oresFirst} мәнінен ${w.oresLast} мәніне өзгерді.`,
    peak: (w) =>
      ` Отынның үлесі ${w.peakYear} жылы ең жоғары деңгейге жетті — ${w.peak}; бір жыл бұрын ${w.beforePeak}, бір жылдан кейін ${w.afterPeak} болды; кендер мен металдар — ${w.oresAtPeak}.`,
    latest: (w) => ` ${w.last} жылы: отын — ${w.fuelLast}, кендер мен металдар — ${w.oresLast}.`,
    table: {
      caption:
        "Отын, сондай-ақ кендер мен металдар — Қазақстанның тауар экспортындағы үлесі, пайызбен (Дүниежүзілік банк, Әлемдік даму көрсеткіштері)",
      columns: ["Жыл", "Отын", "Кендер мен металдар"],
    },
    csvDip: "жарияланған күйінде, бірақ алдыңғы жылғы да, келесі жылғы да мәннің төрттен бірінен аз",
  },
});
