import type { APIRoute, GetStaticPaths } from "astro";
import { chartById, chartDefinitions } from "../../charts/chartDefinitions.ts";
import { csvResponse } from "../../data/csvDownload.ts";
import { DEFAULT_REPORTER, reporterSuffix, type Reporter } from "../../charts/reporters.ts";

/**
 * /data/<chart>.csv: exactly the rows each chart draws, with a byte-order mark for Excel (see csvDownload.ts); for
 * a chart with a reporter switch, /data/<chart>.<reporter>.csv too, the rows it draws under that reporter's figures.
 */
export const getStaticPaths = (() =>
  Object.entries(chartDefinitions).flatMap(([chart, definition]) =>
    [DEFAULT_REPORTER, ...definition.reporters.filter((r) => r !== DEFAULT_REPORTER)].map((reporter) => ({
      params: { chart: `${chart}${reporterSuffix(reporter)}` },
      props: { chart, reporter },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: string; reporter: Reporter }> = ({ props }) => csvResponse(chartById(props.chart).csv(props.reporter));
