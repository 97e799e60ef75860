import type { APIRoute, GetStaticPaths } from "astro";
import { renderPng } from "../../social/renderPng.ts";
import { socialImages } from "../../social/socialImages.ts";

/** /social/<name>.png: link-preview cards (1200x630), drawn from the charts themselves at build time. */
export const getStaticPaths = (async () =>
  (await socialImages()).map((image) => ({ params: { image: image.name }, props: { svg: image.svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(renderPng(props.svg as string)), { headers: { "Content-Type": "image/png" } });
