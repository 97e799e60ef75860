import type { APIRoute, GetStaticPaths } from "astro";
import { chartDefinitions, type ChartId } from "../../charts/chartDefinitions.ts";
import { chartData } from "../../charts/chartData.ts";
import { csvResponse } from "../../data/csvDownload.ts";

/** /data/<chart>.csv: exactly the rows each chart draws, with a byte-order mark for Excel (see csvDownload.ts). */
export const getStaticPaths = (() => Object.keys(chartDefinitions).map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { rows, csv } = chartData[params.chart as ChartId];
  return csvResponse(csv(rows()));
};
