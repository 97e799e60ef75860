import type { Dataset } from "../data/dataset.ts";
import { joinTradeSeries } from "../data/joinTradeSeries.ts";
import type { Flow, Partner, TradeRow } from "../data/schema.ts";
import { formatShare } from "../lib/formatShare.ts";
import { formatUsd } from "../lib/formatUsd.ts";
import type { ClaimCheck } from "./claimSchema.ts";

export const verdicts = ["supported", "partly supported", "contradicted", "not verifiable with these data"] as const;
export type Verdict = (typeof verdicts)[number];

/** One figure from the dataset set beside the claim, saying who reported it. */
export interface ComparedValue {
  label: string;
  display: string;
  value: number;
  reporter: string;
  series: string;
  year: number;
}

export interface ClaimResult {
  verdict: Verdict;
  compared: ComparedValue[];
}

const reporterNames = { kazakhstan: "Kazakhstan", china: "China" } as const;
const seriesNames: Record<string, string> = {
  "imf-dots": "IMF Direction of Trade Statistics",
  bns: "Bureau of National Statistics",
  "imf-dots-china": "IMF Direction of Trade Statistics (China as reporter)",
  "wb-wdi": "World Bank World Development Indicators",
  "imf-weo": "IMF World Economic Outlook",
};
const partnerNames: Record<Partner, string> = {
  world: "the world",
  china: "China",
  russia: "Russia",
  eu27: "the EU27",
  "rest-of-world": "the rest of the world",
  kazakhstan: "Kazakhstan",
};

/** Kazakhstan's figure for a flow with a partner under the join rule; undefined where the dataset has none. */
function kazakhstanRow(data: Dataset, partner: Partner, flow: Flow, year: number): TradeRow | undefined {
  return joinTradeSeries(data.trade).find((r) => r.partner === partner && r.flow === flow && r.year === year);
}

/** China's own figure for its trade with Kazakhstan; its exports mirror Kazakhstan's imports. */
function chinaRow(data: Dataset, flowOfChina: Flow, year: number): TradeRow | undefined {
  return data.trade.find((r) => r.series === "imf-dots-china" && r.flow === flowOfChina && r.year === year);
}

function byCloseness(difference: number, check: { supported: number; partly: number }): Verdict {
  const gap = Math.abs(difference);
  return gap <= check.supported ? "supported" : gap <= check.partly ? "partly supported" : "contradicted";
}

const notVerifiable: ClaimResult = { verdict: "not verifiable with these data", compared: [] };

function fromRow(row: TradeRow, label: string, display: string, value: number): ComparedValue {
  return { label, display, value, reporter: reporterNames[row.reporter], series: seriesNames[row.series] ?? row.series, year: row.year };
}

/**
 * The verdict on a claim and the figures behind it, computed from the dataset at build time.
 * Where the data a check needs are missing, the claim is not verifiable; nothing is filled in.
 */
export function claimVerdict(check: ClaimCheck, data: Dataset): ClaimResult {
  switch (check.kind) {
    case "none":
      return notVerifiable;
    case "share": {
      const row = kazakhstanRow(data, check.partner, check.flow, check.year);
      if (!row) return notVerifiable;
      return {
        verdict: byCloseness(row.share_pct - check.claimed, check),
        compared: [
          fromRow(row, `${partnerNames[check.partner]}'s share of Kazakhstan's ${check.flow}s`, formatShare(row.share_pct), row.share_pct),
        ],
      };
    }
    case "share-ratio": {
      const top = kazakhstanRow(data, check.numerator, check.flow, check.year);
      const bottom = kazakhstanRow(data, check.denominator, check.flow, check.year);
      if (!top || !bottom || bottom.share_pct === 0) return notVerifiable;
      const ratio = top.share_pct / bottom.share_pct;
      return {
        verdict: byCloseness(ratio - check.claimed, check),
        compared: [
          fromRow(
            top,
            `${partnerNames[check.numerator]}'s share of Kazakhstan's ${check.flow}s`,
            formatShare(top.share_pct),
            top.share_pct,
          ),
          fromRow(bottom, `${partnerNames[check.denominator]}'s share`, formatShare(bottom.share_pct), bottom.share_pct),
          fromRow(top, "Ratio of the two", `${ratio.toFixed(1)} times`, ratio),
        ],
      };
    }
    case "value": {
      const row =
        check.reporter === "kazakhstan"
          ? kazakhstanRow(data, check.partner, check.flow, check.year)
          : data.trade.find((r) => r.series === "imf-dots-china" && r.flow === check.flow && r.year === check.year);
      if (!row) return notVerifiable;
      const label = `${check.flow === "export" ? "Exports to" : "Imports from"} ${partnerNames[check.partner]}, reported by ${reporterNames[check.reporter]}`;
      return {
        verdict: byCloseness(((row.value_usd - check.claimedUsd) / check.claimedUsd) * 100, check),
        compared: [fromRow(row, label, formatUsd(row.value_usd), row.value_usd)],
      };
    }
    case "turnover": {
      const exports = kazakhstanRow(data, check.partner, "export", check.year);
      const imports = kazakhstanRow(data, check.partner, "import", check.year);
      if (!exports || !imports) return notVerifiable;
      const total = exports.value_usd + imports.value_usd;
      return {
        verdict: byCloseness(((total - check.claimedUsd) / check.claimedUsd) * 100, check),
        compared: [
          fromRow(exports, `Exports to ${partnerNames[check.partner]}`, formatUsd(exports.value_usd), exports.value_usd),
          fromRow(imports, `Imports from ${partnerNames[check.partner]}`, formatUsd(imports.value_usd), imports.value_usd),
          fromRow(exports, "Turnover (the sum)", formatUsd(total), total),
        ],
      };
    }
    case "annual-change": {
      const now = kazakhstanRow(data, check.partner, check.flow, check.year);
      const before = kazakhstanRow(data, check.partner, check.flow, check.year - 1);
      if (!now || !before || before.value_usd === 0) return notVerifiable;
      const change = (now.value_usd / before.value_usd - 1) * 100;
      const label = `${check.flow === "export" ? "Exports to" : "Imports from"} ${partnerNames[check.partner]}`;
      return {
        verdict: byCloseness(change - check.claimed, check),
        compared: [
          fromRow(before, label, formatUsd(before.value_usd), before.value_usd),
          fromRow(now, label, formatUsd(now.value_usd), now.value_usd),
          fromRow(now, "Change on the year", `${change >= 0 ? "+" : ""}${change.toFixed(1)}%`, change),
        ],
      };
    }
    case "gdp-growth": {
      const row = data.gdp.find((r) => r.series === check.series && r.year === check.year);
      if (!row) return notVerifiable;
      return {
        verdict: byCloseness(row.growth_pct - check.claimed, check),
        compared: [
          {
            label: "Real GDP growth",
            display: `${row.growth_pct.toFixed(1)}%`,
            value: row.growth_pct,
            reporter: seriesNames[row.series] ?? row.series,
            series: seriesNames[row.series] ?? row.series,
            year: row.year,
          },
        ],
      };
    }
    case "gap-narrows": {
      const rows = [check.from, check.to].map((year) => [
        kazakhstanRow(data, check.larger, check.flow, year),
        kazakhstanRow(data, check.smaller, check.flow, year),
      ]);
      if (rows.flat().some((r) => !r)) return notVerifiable;
      const [[largeFrom, smallFrom], [largeTo, smallTo]] = rows as [[TradeRow, TradeRow], [TradeRow, TradeRow]];
      const gapFrom = largeFrom.share_pct - smallFrom.share_pct;
      const gapTo = largeTo.share_pct - smallTo.share_pct;
      const share = (row: TradeRow, who: Partner) =>
        fromRow(row, `${partnerNames[who]}'s share of Kazakhstan's ${check.flow}s`, formatShare(row.share_pct), row.share_pct);
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
      const kzExports = kazakhstanRow(data, "china", "export", check.year);
      const kzImports = kazakhstanRow(data, "china", "import", check.year);
      const cnImports = chinaRow(data, "import", check.year);
      const cnExports = chinaRow(data, "export", check.year);
      if (!kzExports || !kzImports) return notVerifiable;
      const byKazakhstan = kzExports.value_usd - kzImports.value_usd;
      const compared = [
        fromRow(kzExports, "Kazakhstan's exports to China, by Kazakhstan", formatUsd(kzExports.value_usd), kzExports.value_usd),
        fromRow(kzImports, "Kazakhstan's imports from China, by Kazakhstan", formatUsd(kzImports.value_usd), kzImports.value_usd),
      ];
      if (!cnImports || !cnExports) return { verdict: byKazakhstan > 0 ? "supported" : "contradicted", compared };
      const byChina = cnImports.value_usd - cnExports.value_usd;
      compared.push(
        fromRow(cnImports, "China's imports from Kazakhstan, by China", formatUsd(cnImports.value_usd), cnImports.value_usd),
        fromRow(cnExports, "China's exports to Kazakhstan, by China", formatUsd(cnExports.value_usd), cnExports.value_usd),
      );
      const agree = byKazakhstan > 0 === byChina > 0;
      return { verdict: agree ? (byKazakhstan > 0 ? "supported" : "contradicted") : "partly supported", compared };
    }
  }
}
