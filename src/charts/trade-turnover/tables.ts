import type { DataTable } from "../dataTable.ts";
import type { TradeTurnoverData } from "./data.ts";
import type { Reporter } from "../reporters.ts";
import { partnerNames } from "../partnerColors.ts";
import { reporterView } from "./draw.ts";
import { turnoverPartners } from "./states.ts";

const seriesNames = {
  "imf-dots": "IMF Direction of Trade Statistics",
  bns: "Bureau of National Statistics",
  "imf-dots-china": "IMF Direction of Trade Statistics, China's figures",
  "imf-dots-russia": "IMF Direction of Trade Statistics, Russia's figures",
} as const;

/** The trade-turnover chart's figures: both partners as Kazakhstan reported them, and both reporters' figures for China. */
export function tradeTurnoverTables(data: TradeTurnoverData, reporter: Reporter = "kazakhstan"): DataTable[] {
  if (reporter !== "kazakhstan") return reporterTables(data, reporter);
  const years = [...new Set(data.turnover.map((r) => r.year))].sort((a, b) => a - b);
  const at = (partner: string, year: number) => data.turnover.find((r) => r.partner === partner && r.year === year);
  return [
    {
      caption:
        "Kazakhstan's trade turnover with China and with Russia, US dollars, as reported by Kazakhstan: the sum of exports and imports",
      columns: ["Year", "With China", "With Russia", "Source"],
      rows: years.map((year) => [
        year,
        at("china", year)?.turnoverUsd ?? "no figure",
        at("russia", year)?.turnoverUsd ?? "no figure",
        seriesNames[at("china", year)?.series ?? "imf-dots"],
      ]),
    },
    {
      caption:
        "Kazakhstan-China trade turnover, US dollars, as each side reported it (IMF Direction of Trade Statistics): the sum of exports and imports",
      columns: ["Year", "Reported by Kazakhstan", "Reported by China", "China's figure minus Kazakhstan's"],
      rows: data.mirror.map((m) => {
        const own = at("china", m.year);
        return [m.year, own?.turnoverUsd ?? "no figure", m.turnoverUsd, own ? m.turnoverUsd - own.turnoverUsd : "no figure"];
      }),
    },
  ];
}

/** The figures as the chosen reporter counts them (see reporterView): the same rows the chart draws. */
function reporterTables(data: TradeTurnoverData, reporter: Exclude<Reporter, "kazakhstan">): DataTable[] {
  const view = reporterView(data, reporter);
  const years = [...new Set(view.turnover.map((r) => r.year))].sort((a, b) => a - b);
  const at = (partner: string, year: number) => view.turnover.find((r) => r.partner === partner && r.year === year);
  if (reporter !== "both") {
    const other = reporter === "china" ? "russia" : "china";
    return [
      {
        caption: `Kazakhstan's trade turnover, US dollars: with ${partnerNames[reporter]} as ${partnerNames[reporter]} reported it (to 2020, where its series ends), with ${partnerNames[other]} as Kazakhstan reported it; the sum of exports and imports`,
        columns: [
          "Year",
          `With ${partnerNames[reporter]}, ${partnerNames[reporter]}'s count`,
          `With ${partnerNames[other]}, Kazakhstan's count`,
        ],
        rows: years.map((year) => [year, at(reporter, year)?.turnoverUsd ?? "no figure", at(other, year)?.turnoverUsd ?? "no figure"]),
      },
    ];
  }
  return turnoverPartners.map((p) => {
    const theirs = p === "china" ? view.mirror : view.mirrorRussia;
    return {
      caption: `Kazakhstan-${partnerNames[p]} trade turnover, US dollars, as each side reported it: the sum of exports and imports`,
      columns: ["Year", "Reported by Kazakhstan", `Reported by ${partnerNames[p]}`, `${partnerNames[p]}'s figure minus Kazakhstan's`],
      rows: years.map((year) => {
        const own = at(p, year)?.turnoverUsd;
        const other = theirs.find((m) => m.year === year)?.turnoverUsd;
        return [year, own ?? "no figure", other ?? "no figure", own !== undefined && other !== undefined ? other - own : "no figure"];
      }),
    };
  });
}
