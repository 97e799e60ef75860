import { dataset, type Dataset } from "./dataset.ts";
import { mirrorSeries } from "./bilateral.ts";
import { joinTradeSeries } from "./joinTradeSeries.ts";
import type { Flow, Partner, Reporter, TradeRow } from "./schema.ts";

/**
 * The one way prose reaches a number: a figure the dataset holds, or a build error naming what
 * was asked for. Kazakhstan-reported figures follow the join rule; China's and Russia's come from their mirror
 * series (partner "kazakhstan", the flow as the partner reported it, to 2020).
 */
export function tradeFigure(
  query: { reporter: Reporter; partner: Partner; flow: Flow; year: number },
  data: Dataset = dataset(),
): TradeRow {
  const { reporter } = query;
  const rows: readonly TradeRow[] =
    reporter === "kazakhstan" ? joinTradeSeries(data.trade) : data.trade.filter((r) => r.series === mirrorSeries[reporter]);
  const row = rows.find(
    (r) => r.reporter === query.reporter && r.partner === query.partner && r.flow === query.flow && r.year === query.year,
  );
  if (!row) throw new Error(`No trade figure in content/data for ${JSON.stringify(query)}`);
  return row;
}
