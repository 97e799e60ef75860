import type { AstroIntegration } from "astro";
import { editionGaps, formatGaps } from "../i18n/completeness.ts";
import { publishedTranslations } from "../i18n/editions.ts";

/**
 * Stops the build when a published edition lacks anything the English has (a page, a chapter, a heading or a tag
 * in a paragraph, a chart text, a glossary term, a claim translation, a corrections entry, a UI string), naming
 * each file and key. Drafts are not built, so never stop it: `npm run editions:report` lists their gaps.
 */
export function editionCompleteness(): AstroIntegration {
  return {
    name: "edition-completeness",
    hooks: {
      "astro:config:setup": () => {
        for (const edition of publishedTranslations()) {
          if (edition.code === "en") continue;
          const gaps = editionGaps(edition.code);
          if (gaps.length > 0) {
            throw new Error(
              `The ${edition.name} edition (${edition.code}) is published but incomplete: ${gaps.length} gap(s) against the English.\n` +
                `${formatGaps(gaps)}\n` +
                `Translate what is missing, or set status: draft in content/editions/${edition.code}/edition.yaml.`,
            );
          }
        }
      },
    },
  };
}
