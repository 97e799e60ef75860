/** The chapters' and pages' MDX source, for the figures their data tags print (proseSnapshot.ts). */
export const proseSources = import.meta.glob<string>("../../content/{stories,pages}/*.mdx", {
  query: "?raw",
  import: "default",
  eager: true,
});
