import type { APIRoute, GetStaticPaths } from "astro";
import { datasetFiles } from "../../../data/datasetFiles.ts";
import { csvResponse } from "../../../data/csvDownload.ts";

/**
 * /data/dataset/<file>: the project's curated dataset as committed in content/data, byte for byte after
 * the byte-order mark each CSV download starts with (see csvDownload.ts); sources.json as it is.
 */
export const getStaticPaths = (() => datasetFiles().map((file) => ({ params: { file: file.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = datasetFiles().find((f) => f.name === params.file)!;
  if (file.name.endsWith(".csv")) return csvResponse(file.text);
  return new Response(file.text, { headers: { "Content-Type": "application/json" } });
};
