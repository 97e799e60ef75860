import type { APIRoute, GetStaticPaths } from "astro";
import { publishedTranslations } from "../../../i18n/editions.ts";
import { renderPng } from "../../../social/renderPng.ts";
import { socialImages } from "../../../social/socialImages.ts";

/** /<code>/social/<name>.png: a translated edition's link-preview cards (its chapters' and the site's), in its language. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const edition of publishedTranslations()) {
    for (const image of await socialImages(edition.code)) {
      paths.push({ params: { edition: edition.code, image: image.name }, props: { svg: image.svg } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(renderPng(props.svg as string)), { headers: { "Content-Type": "image/png" } });
