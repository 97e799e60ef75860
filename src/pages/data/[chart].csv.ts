import type { APIRoute, GetStaticPaths } from "astro";
import { chartDefinitions, type ChartId } from "../../charts/chartDefinitions.ts";
import { chartData } from "../../data/chartData.ts";

/** /data/<chart>.csv: exactly the rows each chart draws. */
export const getStaticPaths = (() => Object.keys(chartDefinitions).map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { rows, csv } = chartData[params.chart as ChartId];
  return new Response(csv(rows()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
