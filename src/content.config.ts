import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { editionsRoot, publishedTranslations } from "./i18n/editions.ts";

const storySchema = z.object({
  /** Chapter headline. */
  title: z.string(),
  /** One-sentence standfirst under the headline, also the page description. */
  dek: z.string(),
  /** Position in the story; chapters are listed and linked in this order. */
  order: z.number().int().positive(),
  /** Which article's claims ledger the chapter carries, if it retells one. */
  ledger: z.enum(["2015", "2018"]).optional(),
  /** The news article the chapter retells; the closing chapter retells none. */
  article: z
    .object({
      /** Headline as published. */
      title: z.string(),
      /** Outlet, and the outlet it cites where it is a digest. */
      outlet: z.string(),
      /** Publication date as far as known. */
      date: z.string(),
      /** Where the original can be found: its own address, or the outlet's where that is not known. */
      url: z.url(),
      /** Said next to the link when it is not the article's own address, e.g. that the address is not known. */
      urlNote: z.string().optional(),
    })
    .optional(),
});

const stories = defineCollection({ loader: glob({ pattern: "*.mdx", base: "./content/stories" }), schema: storySchema });

const pageSchema = z.object({
  /** Page headline and title. */
  title: z.string(),
  /** One sentence for the page description and link previews. */
  description: z.string(),
  /** Position in the header navigation; pages without it are linked from the footer only. */
  nav: z.number().int().positive().optional(),
  /** Short label for the header navigation. */
  navLabel: z.string().optional(),
  /** A headline chart shown under the page's words (the landing page's), drawn static. */
  chart: z
    .object({
      /** Chart id, from src/charts/chartDefinitions.ts. */
      id: z.string(),
      state: z.string(),
    })
    .optional(),
});

const pages = defineCollection({ loader: glob({ pattern: "*.mdx", base: "./content/pages" }), schema: pageSchema });

/**
 * The translations of the published editions (content/editions/<code>/stories and pages; see src/i18n/editions.ts):
 * ids are "<code>/stories/<slug>" and "<code>/pages/<id>". A draft edition's files are not loaded at all, so a
 * translation in progress can never break the build.
 */
const published = publishedTranslations().map((e) => e.code);
const editionGlob = (folder: string) =>
  glob({
    // No published translation: a pattern that matches no file, so the collection is empty. (A brace list of one, {ru}, does not expand.)
    pattern: `${published.length === 0 ? "__no-published-edition__" : published.length === 1 ? published[0] : `{${published.join(",")}}`}/${folder}/*.mdx`,
    base: editionsRoot(),
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  });

const editionStories = defineCollection({
  loader: editionGlob("stories"),
  schema: storySchema.extend({
    article: storySchema.shape.article
      .unwrap()
      .extend({
        /** The headline in the edition's language; `title` stays the English original. */
        titleTranslation: z.string(),
        /** The outlet in the edition's words, where the English describes it ("a news digest citing ..."); `outlet` stays the English. */
        outletTranslation: z.string().optional(),
      })
      .optional(),
  }),
});

const editionPages = defineCollection({ loader: editionGlob("pages"), schema: pageSchema });

export const collections = { stories, pages, editionStories, editionPages };
