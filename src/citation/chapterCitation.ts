import type { CitationTarget } from "./formatCitation.ts";

/**
 * What to cite for a chapter or one of its sections: the absolute, stable address is the site's public
 * address (Astro's `site`), the base path, the chapter's path and, for a section, #<section id>.
 */
export function chapterCitation(
  chapter: { slug: string; title: string },
  where: { site: URL; base: string },
  section?: { id: string; title: string },
): CitationTarget {
  const base = where.base.replace(/\/?$/, "/");
  const page = new URL(`${base}chapters/${chapter.slug}/`, where.site).href;
  return section
    ? { chapter: chapter.title, section: section.title, url: `${page}#${section.id}`, key: `${chapter.slug}-${section.id}` }
    : { chapter: chapter.title, url: page, key: chapter.slug };
}
