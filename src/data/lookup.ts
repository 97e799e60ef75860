import { dataset, type Dataset } from "./dataset.ts";
import { joinTradeSeries } from "./joinTradeSeries.ts";
import type { Flow, Partner, TradeRow } from "./schema.ts";

/**
 * The one way prose reaches a number: a figure the dataset holds, or a build error naming what
 * was asked for. Kazakhstan-reported figures follow the join rule; China's come from its mirror series.
 */
export function tradeFigure(
  query: { reporter: "kazakhstan" | "china"; partner: Partner; flow: Flow; year: number },
  data: Dataset = dataset(),
): TradeRow {
  const rows = query.reporter === "kazakhstan" ? joinTradeSeries(data.trade) : data.trade.filter((r) => r.series === "imf-dots-china");
  const row = rows.find(
    (r) => r.reporter === query.reporter && r.partner === query.partner && r.flow === query.flow && r.year === query.year,
  );
  if (!row) throw new Error(`No trade figure in content/data for ${JSON.stringify(query)}`);
  return row;
}
