import type { APIRoute } from "astro";
import { dataPackage } from "../../downloads/dataPackage.ts";

/** /data/datapackage.json: the Frictionless Data Package describing the curated dataset and every chart's CSV. */
export const GET: APIRoute = ({ site }) => {
  const home = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, "/")}data/`, site).href;
  return new Response(JSON.stringify(dataPackage(home), null, 2) + "\n", { headers: { "Content-Type": "application/json" } });
};
