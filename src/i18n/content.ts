import { getCollection, type CollectionEntry } from "astro:content";
import type { EditionCode } from "./editions.ts";

/**
 * An edition's chapters and pages: English from content/stories and content/pages, a translation from
 * content/editions/<code>/stories and pages. `slug` is the id every edition shares (the-tilt, about).
 */
export type StoryEntry = CollectionEntry<"stories"> | CollectionEntry<"editionStories">;
export type PageEntry = CollectionEntry<"pages"> | CollectionEntry<"editionPages">;

const slugOf = (id: string) => id.slice(id.lastIndexOf("/") + 1);

/** An edition's chapters, in reading order. */
export async function storiesIn(code: EditionCode): Promise<{ slug: string; entry: StoryEntry }[]> {
  const entries: StoryEntry[] =
    code === "en" ? await getCollection("stories") : await getCollection("editionStories", (e) => e.id.startsWith(`${code}/stories/`));
  return entries.map((entry) => ({ slug: slugOf(entry.id), entry })).sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** An edition's pages (the landing page's words are the one with slug "index"). */
export async function pagesIn(code: EditionCode): Promise<{ slug: string; entry: PageEntry }[]> {
  const entries: PageEntry[] =
    code === "en" ? await getCollection("pages") : await getCollection("editionPages", (e) => e.id.startsWith(`${code}/pages/`));
  return entries.map((entry) => ({ slug: slugOf(entry.id), entry }));
}

export async function storyIn(code: EditionCode, slug: string): Promise<StoryEntry | undefined> {
  return (await storiesIn(code)).find((s) => s.slug === slug)?.entry;
}

export async function pageIn(code: EditionCode, slug: string): Promise<PageEntry | undefined> {
  return (await pagesIn(code)).find((p) => p.slug === slug)?.entry;
}
