import type { APIRoute } from "astro";
import { getCollection } from "astro:content";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** /sitemap.xml: every readable page (embeds are left out: they are fragments for other sites). */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const origin = site!;
  const stories = await getCollection("stories");
  const pages = (await getCollection("pages")).filter((p) => p.id !== "index");
  const paths = [base, ...stories.map((s) => `${base}chapters/${s.id}/`), ...pages.map((p) => `${base}${p.id}/`)];
  const urls = paths.map((path) => `<url><loc>${escape(new URL(path, origin).href)}</loc></url>`).join("");
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>\n`,
    {
      headers: { "Content-Type": "application/xml" },
    },
  );
};
