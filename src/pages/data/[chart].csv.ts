import type { APIRoute, GetStaticPaths } from "astro";
import { chartById, chartDefinitions } from "../../charts/chartDefinitions.ts";
import { csvResponse } from "../../data/csvDownload.ts";

/** /data/<chart>.csv: exactly the rows each chart draws, with a byte-order mark for Excel (see csvDownload.ts). */
export const getStaticPaths = (() => Object.keys(chartDefinitions).map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => csvResponse(chartById(params.chart ?? "").csv());
