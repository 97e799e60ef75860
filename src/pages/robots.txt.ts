import type { APIRoute } from "astro";

/** /robots.txt: everything may be crawled; an embed names its chapter as its canonical page. */
export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const sitemap = new URL(`${base}sitemap.xml`, site!).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { "Content-Type": "text/plain" } });
};
