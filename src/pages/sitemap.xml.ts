import type { APIRoute } from "astro";
import { storiesIn, pagesIn } from "../i18n/content.ts";
import { editions, publishedEditions } from "../i18n/editions.ts";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * /sitemap.xml: every readable page (embeds are left out: they are fragments for other sites), in every published
 * edition; with more than one edition, each entry lists the page in every edition (xhtml:link alternates, English as x-default).
 */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const origin = site!;
  const stories = await storiesIn("en");
  const pages = (await pagesIn("en")).filter((p) => p.slug !== "index");
  const pagePaths = ["", ...stories.map((s) => `chapters/${s.slug}/`), ...pages.map((p) => `${p.slug}/`)];
  const all = publishedEditions();
  const href = (path: string, prefix: string) => escape(new URL(`${base}${prefix}${path}`, origin).href);
  const alternates = (path: string) =>
    all.length < 2
      ? ""
      : [...all.map((e) => ({ lang: e.lang, prefix: e.prefix })), { lang: "x-default", prefix: editions.en.prefix }]
          .map((a) => `<xhtml:link rel="alternate" hreflang="${a.lang}" href="${href(path, a.prefix)}"/>`)
          .join("");
  const urls = all.flatMap((e) => pagePaths.map((path) => `<url><loc>${href(path, e.prefix)}</loc>${alternates(path)}</url>`)).join("");
  const namespaces = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${all.length < 2 ? "" : ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'}`;
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${namespaces}>${urls}</urlset>\n`, {
    headers: { "Content-Type": "application/xml" },
  });
};
