import type { APIRoute, GetStaticPaths } from "astro";
import { datasetFiles } from "../../../data/datasetFiles.ts";

/** /data/dataset/<file>: the project's curated dataset, byte for byte as committed in content/data. */
export const getStaticPaths = (() => datasetFiles().map((file) => ({ params: { file: file.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = datasetFiles().find((f) => f.name === params.file)!;
  return new Response(file.text, { headers: { "Content-Type": file.name.endsWith(".json") ? "application/json" : "text/csv; charset=utf-8" } });
};
