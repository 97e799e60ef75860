import type { DataTable } from "../dataTable.ts";
import type { TradeTurnoverData } from "./data.ts";

const seriesNames = { "imf-dots": "IMF Direction of Trade Statistics", bns: "Bureau of National Statistics" } as const;

/** The trade-turnover chart's figures: both partners as Kazakhstan reported them, and both reporters' figures for China. */
export function tradeTurnoverTables(data: TradeTurnoverData): DataTable[] {
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
