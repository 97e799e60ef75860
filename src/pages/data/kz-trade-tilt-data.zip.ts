import type { APIRoute } from "astro";
import { dataPackageZip } from "../../downloads/dataPackageZip.ts";

/** /data/kz-trade-tilt-data.zip: the data package as one download, built with the site. */
export const GET: APIRoute = ({ site }) => {
  const home = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, "/")}data/`, site).href;
  return new Response(dataPackageZip(home) as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "application/zip" } });
};
