import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const stories = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/stories" }),
  schema: z.object({
    /** Chapter headline. */
    title: z.string(),
    /** One-sentence standfirst under the headline, also the page description. */
    dek: z.string(),
    /** Position in the story; chapters are listed and linked in this order. */
    order: z.number().int().positive(),
    /** The news article the chapter retells. */
    article: z.object({
      /** Headline as published. */
      title: z.string(),
      /** Outlet, and the outlet it cites where it is a digest. */
      outlet: z.string(),
      /** Publication date as far as known. */
      date: z.string(),
      /** Where the original can be found. */
      url: z.url(),
    }),
  }),
});

export const collections = { stories };
