import type { Dataset } from "../data/dataset.ts";
import { bilateral, mirrorPartners, mirrorSeries, type MirrorPartner } from "../data/bilateral.ts";
import { joinTradeSeries } from "../data/joinTradeSeries.ts";
import type { Flow, Partner, Reporter, TradeRow } from "../data/schema.ts";
import type { ClaimCheck } from "./claimSchema.ts";
import { ledgerText, type FigureFacts, type FigureUnit, type FigureWhat } from "./ledgerText.ts";
import { ledgerWords, type SeriesId } from "./ledgerWords.ts";

export const verdicts = ["supported", "partly supported", "contradicted", "not verifiable with these data"] as const;
export type Verdict = (typeof verdicts)[number];

/**
 * One figure from the dataset set beside the claim, saying who reported it. `label`, `display`, `reporter` and
 * `series` are the English (as a release keeps them, src/corrections/releaseSnapshot.ts); `what`, `unit` and `source`
 * say the same in terms any edition words (src/claims/ledgerText.ts).
 */
export interface ComparedValue extends FigureFacts {
  label: string;
  display: string;
  reporter: string;
  series: string;
}

export interface ClaimResult {
  verdict: Verdict;
  compared: ComparedValue[];
}

export const reporterNames: Record<Reporter, string> = { kazakhstan: "Kazakhstan", china: "China", russia: "Russia" };
const english = ledgerText("en");
const seriesNames = ledgerWords.en.series;

/**
 * Whose count a check reads. Under "kazakhstan" every figure is Kazakhstan's own. Under a partner
 * ("china" or "russia"), the figures for Kazakhstan's trade with that partner are the partner's own
 * mirror figures of the same trade (China's imports from Kazakhstan for Kazakhstan's exports to China), and
 * shares are that figure over Kazakhstan's own total; every other figure (totals, other partners) stays
 * Kazakhstan's. The partners' figures end in 2020, so a check that needs a later year is not verifiable.
 */
export interface VerdictContext {
  reporter: Reporter;
}

/** A figure a check reads: a published row, or a partner's mirror value with its share of Kazakhstan's total. */
interface Figure {
  year: number;
  reporter: Reporter;
  series: TradeRow["series"];
  value_usd: number;
  share_pct: number;
  /** For a partner's figure: the series of Kazakhstan's total it is a share of. */
  total_series?: TradeRow["series"];
}

/**
 * Kazakhstan's trade with a partner in one flow (Kazakhstan's side), as the context's reporter counts it:
 * Kazakhstan's figure under the join rule, or the partner's mirror figure; undefined where none is published.
 */
function kazakhstanRow(data: Dataset, partner: Partner, flow: Flow, year: number, context?: VerdictContext): Figure | undefined {
  if (context && context.reporter !== "kazakhstan" && context.reporter === partner) {
    const figure = bilateral(data, { reporter: context.reporter, partner: context.reporter, flow, year });
    const total = joinTradeSeries(data.trade).find(
      (r) => r.reporter === "kazakhstan" && r.partner === "world" && r.flow === flow && r.year === year,
    );
    return (
      figure && {
        year,
        reporter: figure.reporter,
        series: figure.series,
        value_usd: figure.valueUsd,
        share_pct: figure.shareOfKazakhstanTotal,
        ...(total && { total_series: total.series }),
      }
    );
  }
  return joinTradeSeries(data.trade).find((r) => r.partner === partner && r.flow === flow && r.year === year);
}

/** A partner's own figure for its trade with Kazakhstan, in the partner's flow: China's exports mirror Kazakhstan's imports. */
function partnerRow(data: Dataset, partner: MirrorPartner, flowOfPartner: Flow, year: number): TradeRow | undefined {
  return data.trade.find((r) => r.series === mirrorSeries[partner] && r.flow === flowOfPartner && r.year === year);
}

const chinaRow = (data: Dataset, flowOfChina: Flow, year: number) => partnerRow(data, "china", flowOfChina, year);

/** Who counted a figure, when a partner did, so its label never lets a reader mistake it for Kazakhstan's. */
const countedBy = (figure: Figure): { countedBy?: Reporter } => (figure.reporter === "kazakhstan" ? {} : { countedBy: figure.reporter });

/** The partners (China, Russia) whose trade with Kazakhstan a check reads, in the order it names them. */
export function checkPartners(check: ClaimCheck): MirrorPartner[] {
  const named: string[] = [];
  switch (check.kind) {
    case "share":
    case "turnover":
    case "annual-change":
      named.push(check.partner);
      break;
    case "value":
      if (check.reporter === "kazakhstan") named.push(check.partner);
      break;
    case "share-ratio":
      named.push(check.numerator, check.denominator);
      break;
    case "gap-narrows":
      named.push(check.larger, check.smaller);
      break;
    case "surplus":
      named.push(check.partner);
      break;
    default:
      break;
  }
  return [...new Set(named)].filter((p): p is MirrorPartner => (mirrorPartners as readonly string[]).includes(p));
}

/** The years a check reads. */
export function checkYears(check: ClaimCheck): number[] {
  switch (check.kind) {
    case "none":
      return [];
    case "annual-change":
      return [check.year - 1, check.year];
    case "gap-narrows":
      return [check.from, check.to];
    default:
      return [check.year];
  }
}

function byCloseness(difference: number, check: { supported: number; partly: number }): Verdict {
  const gap = Math.abs(difference);
  return gap <= check.supported ? "supported" : gap <= check.partly ? "partly supported" : "contradicted";
}

const notVerifiable: ClaimResult = { verdict: "not verifiable with these data", compared: [] };

/** A figure in every edition's terms, with its English words (label, display, reporter and series as a release keeps them). */
function comparedValue(facts: FigureFacts, reporter: string, series: string): ComparedValue {
  return { ...facts, label: english.label(facts.what), display: english.display(facts.unit, facts.value), reporter, series };
}

function fromRow(row: Figure, what: FigureWhat, unit: FigureUnit, value: number): ComparedValue {
  const source = { series: row.series as SeriesId, reporter: row.reporter, ...(row.total_series && { totalSeries: row.total_series }) };
  return comparedValue({ what, unit, value, year: row.year, source }, reporterNames[row.reporter], seriesNames[row.series]);
}

/**
 * The verdict on a claim and the figures behind it, computed from the dataset at build time.
 * Where the data a check needs are missing, the claim is not verifiable; nothing is filled in.
 * Without a context this is the ledger's headline verdict, on Kazakhstan's figures (for a surplus, on both
 * sides' figures together); with one, the same check read under that reporter's count (VerdictContext).
 */
export function claimVerdict(check: ClaimCheck, data: Dataset, context?: VerdictContext): ClaimResult {
  const read = (partner: Partner, flow: Flow, year: number) => kazakhstanRow(data, partner, flow, year, context);
  switch (check.kind) {
    case "none":
      return notVerifiable;
    case "share": {
      const row = read(check.partner, check.flow, check.year);
      if (!row) return notVerifiable;
      return {
        verdict: byCloseness(row.share_pct - check.claimed, check),
        compared: [fromRow(row, { kind: "share", partner: check.partner, flow: check.flow, ...countedBy(row) }, "share", row.share_pct)],
      };
    }
    case "share-ratio": {
      const top = read(check.numerator, check.flow, check.year);
      const bottom = read(check.denominator, check.flow, check.year);
      if (!top || !bottom || bottom.share_pct === 0) return notVerifiable;
      const ratio = top.share_pct / bottom.share_pct;
      return {
        verdict: byCloseness(ratio - check.claimed, check),
        compared: [
          fromRow(top, { kind: "share", partner: check.numerator, flow: check.flow, ...countedBy(top) }, "share", top.share_pct),
          fromRow(bottom, { kind: "share", partner: check.denominator, flow: check.flow, ...countedBy(bottom) }, "share", bottom.share_pct),
          top.reporter === bottom.reporter
            ? fromRow(top, { kind: "ratio" }, "times", ratio)
            : {
                // A ratio across two counts names both reporters in its source too, not only in its label.
                ...fromRow(
                  top,
                  {
                    kind: "ratio",
                    across: { numerator: check.numerator, top: top.reporter, denominator: check.denominator, bottom: bottom.reporter },
                  },
                  "times",
                  ratio,
                ),
                series: `${seriesNames[top.series]}; reported by ${reporterNames[top.reporter]} and by ${reporterNames[bottom.reporter]}`,
              },
        ],
      };
    }
    case "value": {
      const row =
        check.reporter === "kazakhstan"
          ? read(check.partner, check.flow, check.year)
          : data.trade.find((r) => r.series === "imf-dots-china" && r.flow === check.flow && r.year === check.year);
      if (!row) return notVerifiable;
      // Kazakhstan's own figure is labelled as every other ledger figure of Kazakhstan's is: its source line names the
      // reporter. A partner's figure names its reporter in the label.
      const what: FigureWhat =
        row.reporter !== check.reporter
          ? { kind: "trade", flow: check.flow, partner: check.partner, ...countedBy(row) }
          : check.reporter === "kazakhstan"
            ? { kind: "trade", flow: check.flow, partner: check.partner }
            : { kind: "trade", flow: check.flow, partner: check.partner, reportedBy: check.reporter };
      return {
        verdict: byCloseness(((row.value_usd - check.claimedUsd) / check.claimedUsd) * 100, check),
        compared: [fromRow(row, what, "usd", row.value_usd)],
      };
    }
    case "turnover": {
      const exports = read(check.partner, "export", check.year);
      const imports = read(check.partner, "import", check.year);
      if (!exports || !imports) return notVerifiable;
      const total = exports.value_usd + imports.value_usd;
      return {
        verdict: byCloseness(((total - check.claimedUsd) / check.claimedUsd) * 100, check),
        compared: [
          fromRow(exports, { kind: "trade", flow: "export", partner: check.partner, ...countedBy(exports) }, "usd", exports.value_usd),
          fromRow(imports, { kind: "trade", flow: "import", partner: check.partner, ...countedBy(imports) }, "usd", imports.value_usd),
          fromRow(exports, { kind: "turnover" }, "usd", total),
        ],
      };
    }
    case "annual-change": {
      const now = read(check.partner, check.flow, check.year);
      const before = read(check.partner, check.flow, check.year - 1);
      if (!now || !before || before.value_usd === 0) return notVerifiable;
      const change = (now.value_usd / before.value_usd - 1) * 100;
      const what: FigureWhat = { kind: "trade", flow: check.flow, partner: check.partner, ...countedBy(now) };
      return {
        verdict: byCloseness(change - check.claimed, check),
        compared: [
          fromRow(before, what, "usd", before.value_usd),
          fromRow(now, what, "usd", now.value_usd),
          fromRow(now, { kind: "change" }, "change", change),
        ],
      };
    }
    case "gdp-growth": {
      const row = data.gdp.find((r) => r.series === check.series && r.year === check.year);
      if (!row) return notVerifiable;
      return {
        verdict: byCloseness(row.growth_pct - check.claimed, check),
        // A publisher's GDP series: the publisher is who reports it.
        compared: [
          comparedValue(
            { what: { kind: "growth" }, unit: "growth", value: row.growth_pct, year: row.year, source: { series: row.series } },
            seriesNames[row.series],
            seriesNames[row.series],
          ),
        ],
      };
    }
    case "gap-narrows": {
      const rows = [check.from, check.to].map((year) => [read(check.larger, check.flow, year), read(check.smaller, check.flow, year)]);
      if (rows.flat().some((r) => !r)) return notVerifiable;
      const [[largeFrom, smallFrom], [largeTo, smallTo]] = rows as [[Figure, Figure], [Figure, Figure]];
      const gapFrom = largeFrom.share_pct - smallFrom.share_pct;
      const gapTo = largeTo.share_pct - smallTo.share_pct;
      const share = (row: Figure, who: Partner) =>
        fromRow(row, { kind: "share", partner: who, flow: check.flow, ...countedBy(row) }, "share", row.share_pct);
      return {
        verdict: gapTo < gapFrom ? "supported" : "contradicted",
        compared: [
          share(largeFrom, check.larger),
          share(smallFrom, check.smaller),
          share(largeTo, check.larger),
          share(smallTo, check.smaller),
        ],
      };
    }
    case "surplus": {
      // Read one side at a time under a context: Kazakhstan's figures, or China's; without one, both together. Each is
      // labelled from Kazakhstan's side (China's imports from Kazakhstan are its count of Kazakhstan's exports), as the
      // ledger labels every other figure of the same trade.
      const kzExports = kazakhstanRow(data, "china", "export", check.year);
      const kzImports = kazakhstanRow(data, "china", "import", check.year);
      const cnImports = chinaRow(data, "import", check.year);
      const cnExports = chinaRow(data, "export", check.year);
      const chinaFigures = () =>
        cnImports && cnExports
          ? [
              fromRow(cnImports, { kind: "trade", flow: "export", partner: "china", countedBy: "china" }, "usd", cnImports.value_usd),
              fromRow(cnExports, { kind: "trade", flow: "import", partner: "china", countedBy: "china" }, "usd", cnExports.value_usd),
            ]
          : [];
      if (context?.reporter === "china") {
        if (!cnImports || !cnExports) return notVerifiable;
        return { verdict: cnImports.value_usd > cnExports.value_usd ? "supported" : "contradicted", compared: chinaFigures() };
      }
      if (!kzExports || !kzImports) return notVerifiable;
      const byKazakhstan = kzExports.value_usd - kzImports.value_usd;
      const compared = [
        fromRow(kzExports, { kind: "trade", flow: "export", partner: "china" }, "usd", kzExports.value_usd),
        fromRow(kzImports, { kind: "trade", flow: "import", partner: "china" }, "usd", kzImports.value_usd),
      ];
      if (context || !cnImports || !cnExports) return { verdict: byKazakhstan > 0 ? "supported" : "contradicted", compared };
      const byChina = cnImports.value_usd - cnExports.value_usd;
      compared.push(...chinaFigures());
      const agree = byKazakhstan > 0 === byChina > 0;
      return { verdict: agree ? (byKazakhstan > 0 ? "supported" : "contradicted") : "partly supported", compared };
    }
  }
}

// The ledger's words in every edition come with the verdicts they word: a component imports both from here (importing
// ledgerText.ts directly from ClaimEntry.astro reorders the pages' scoped <style> blocks and so their CSP hashes).
export { ledgerText } from "./ledgerText.ts";
