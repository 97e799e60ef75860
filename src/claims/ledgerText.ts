import type { Flow, Partner, Reporter } from "../data/schema.ts";
import { roundedFixed } from "../lib/formatShare.ts";
import { editions, type EditionCode } from "../i18n/editions.ts";
import { formatShareIn, formatUsdIn } from "../i18n/formatNumbers.ts";
import { verdictLabel } from "../i18n/ui.ts";
import { ledgerWords, type NameForms, type SeriesId } from "./ledgerWords.ts";

/** What a figure set beside a claim is, in terms every edition can word (the English label is written from it too). */
export type FigureWhat =
  /** A partner's share of Kazakhstan's exports or imports; counted by a partner, that partner's figure over Kazakhstan's total. */
  | { kind: "share"; partner: Partner; flow: Flow; countedBy?: Reporter }
  /** The second share of a ratio, its flow named by the first. */
  /** One share over another; `across` when the two are by different counts. */
  | { kind: "ratio"; across?: { numerator: Partner; top: Reporter; denominator: Partner; bottom: Reporter } }
  /** Kazakhstan's exports to, or imports from, a partner: named as reported by someone, or as counted by a partner. */
  | { kind: "trade"; flow: Flow; partner: Partner; reportedBy?: Reporter; countedBy?: Reporter }
  | { kind: "turnover" }
  | { kind: "change" }
  | { kind: "growth" };

/** How a figure is written: a share in per cent, dollars, a ratio, a change in per cent, a growth rate in per cent. */
export type FigureUnit = "share" | "usd" | "times" | "change" | "growth";

/** Where a figure comes from: its series, who reported it (none for a publisher's GDP series), and for a partner's share the series of Kazakhstan's total. */
export interface FigureSource {
  series: SeriesId;
  reporter?: Reporter;
  totalSeries?: SeriesId;
}

/** A figure as the ledger shows it, before it is worded. */
export interface FigureFacts {
  what: FigureWhat;
  unit: FigureUnit;
  value: number;
  year: number;
  source: FigureSource;
}

type Verdict = Parameters<typeof verdictLabel>[1];

/** A partner's series is one reporter's part of a dataset: China's figures in the IMF's Direction of Trade Statistics. */
const datasetOf: Partial<Record<SeriesId, SeriesId>> = { "imf-dots-china": "imf-dots", "imf-dots-russia": "imf-dots" };

const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** A name's forms as placeholders: {partnerOf}, {partnerTo}, ... for prefix "partner". */
const forms = (prefix: string, name: NameForms): Record<string, string> => ({
  [`${prefix}Name`]: name.name,
  [`${prefix}Of`]: name.of,
  [`${prefix}To`]: name.to,
  [`${prefix}From`]: name.from,
});

/**
 * Everything the claims ledger writes itself, in one edition's words (src/claims/ledgerWords.ts) and numerals
 * (src/i18n/formatNumbers.ts): each figure's label, value and source, each count's verdict line and the sentence
 * that says how a verdict depends on who counts. English reads exactly as it always has; the figures keep the
 * English rounding in every edition (the digits are the same, only the signs around them change).
 */
export function ledgerText(code: EditionCode) {
  const words = ledgerWords[code];
  const name = (who: Partner) => words.names[who];
  const series = (id: SeriesId) => words.series[id];
  const decimal = (fixed: string) => {
    if (code === "en") return fixed;
    const digits = fixed.split(".")[1]?.length ?? 0;
    return new Intl.NumberFormat(editions[code].intl, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
      Number(fixed),
    );
  };
  // An edition other than English quotes a verdict it names in a sentence: «подтверждено».
  const verdictText = (v: Verdict) => Object.values(verdictLabel(code, v)).join("");

  /** A figure's label, without its year; it starts with a capital, as a line of its own ("Барлық елдерге экспорт"). */
  function label(what: FigureWhat): string {
    const text = labelWords(what);
    return text.charAt(0).toLocaleUpperCase(editions[code].intl) + text.slice(1);
  }

  function labelWords(what: FigureWhat): string {
    const f = words.figure;
    switch (what.kind) {
      case "share": {
        const base = fill(f.share[what.flow], forms("partner", name(what.partner)));
        return what.countedBy && what.countedBy !== "kazakhstan"
          ? base + fill(f.sharePartnerCount, forms("reporter", name(what.countedBy)))
          : base;
      }
      case "ratio":
        return what.across
          ? fill(f.ratioAcross, {
              ...forms("numerator", name(what.across.numerator)),
              ...forms("top", name(what.across.top)),
              ...forms("denominator", name(what.across.denominator)),
              ...forms("bottom", name(what.across.bottom)),
            })
          : f.ratio;
      case "trade": {
        const base = fill(f.trade[what.flow], forms("partner", name(what.partner)));
        if (what.reportedBy) return base + fill(f.tradeReportedBy, forms("reporter", name(what.reportedBy)));
        if (what.countedBy && what.countedBy !== "kazakhstan")
          return base + fill(f.tradePartnerCount, forms("reporter", name(what.countedBy)));
        return base;
      }
      case "turnover":
        return f.turnover;
      case "change":
        return f.change;
      case "growth":
        return f.growth;
    }
  }

  /** A figure's value in the edition's numerals, at the English rounding. */
  function display(unit: FigureUnit, value: number): string {
    switch (unit) {
      case "share":
        return formatShareIn(value, code);
      case "usd":
        return formatUsdIn(value, code);
      case "times":
        return fill(words.times, { n: decimal(value.toFixed(1)) });
      case "change": {
        const sign = value >= 0 ? "+" : "";
        return code === "en" ? `${sign}${value.toFixed(1)}%` : `${sign}${formatShareIn(Number(value.toFixed(1)), code)}`;
      }
      case "growth":
        return code === "en" ? `${roundedFixed(value, 1)}%` : formatShareIn(Number(roundedFixed(value, 1)), code);
    }
  }

  /**
   * Where a figure comes from, said once: the series alone when the label or the series already names who reported
   * it, the series and its reporter otherwise. A share counted by a partner names both sides, the partner's count and
   * Kazakhstan's total, since the figure is one over the other.
   */
  function source(facts: FigureFacts): string {
    const { what, unit } = facts;
    const { series: id, reporter, totalSeries } = facts.source;
    if (unit === "growth" || !reporter) return series(id);
    if (what.kind === "ratio" && what.across) {
      return fill(words.source.ratioAcross, {
        series: series(datasetOf[id] ?? id),
        ...forms("top", name(what.across.top)),
        ...forms("bottom", name(what.across.bottom)),
      });
    }
    const partnerCount = what.kind === "share" && what.countedBy && what.countedBy !== "kazakhstan";
    if (partnerCount && totalSeries) {
      return totalSeries === datasetOf[id]
        ? fill(words.source.partnerShare, { series: series(totalSeries), ...forms("reporter", name(reporter)) })
        : fill(words.source.partnerShareMixed, {
            series: series(id),
            totalSeries: series(totalSeries),
            ...forms("reporter", name(reporter)),
          });
    }
    // Every reporter's figures are named the same way: the dataset, and who reported them where the label does not say.
    const labelNamesReporter = what.kind === "trade" && (what.reportedBy || (what.countedBy && what.countedBy !== "kazakhstan"));
    if (labelNamesReporter) return series(datasetOf[id] ?? id);
    return fill(words.source.reportedBy, { series: series(datasetOf[id] ?? id), ...forms("reporter", name(reporter)) });
  }

  return {
    label,
    display,
    source,
    /** A figure as one line of the ledger shows it: its label with its year (once), its value and its source. */
    figure(facts: FigureFacts): { label: string; display: string; source: string } {
      const text = label(facts.what);
      return {
        label: text.includes(String(facts.year)) ? text : fill(words.figure.withYear, { label: text, year: facts.year }),
        display: display(facts.unit, facts.value),
        source: source(facts),
      };
    },
    /** "By China's count". */
    account: (reporter: Reporter) => fill(words.accounts.label, forms("reporter", name(reporter))),
    /** "no figures from China after 2020". */
    noFiguresAfter: (reporter: Reporter, year: number) =>
      fill(words.accounts.noFiguresAfter, { ...forms("reporter", name(reporter)), year }),
    /** How a verdict depends on who counts: Kazakhstan's verdict, the partners whose count changes it, those whose count keeps it. */
    flipSentence(own: Verdict, flipping: readonly { reporter: Reporter; verdict: Verdict }[], keeping: readonly Reporter[]): string {
      const ownText = verdictText(own);
      return fill(words.accounts.sentence, {
        own: ownText,
        flips: flipping
          .map((a) => fill(words.accounts.flip, { verdict: verdictText(a.verdict), ...forms("reporter", name(a.reporter)) }))
          .join(words.accounts.flipJoin),
        keeps: keeping.map((r) => fill(words.accounts.keep, { own: ownText, ...forms("reporter", name(r)) })).join(""),
      });
    },
  };
}
