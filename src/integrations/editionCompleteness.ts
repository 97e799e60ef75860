import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { editionGaps, formatGaps } from "../i18n/completeness.ts";
import { editionsRoot, publishedTranslations } from "../i18n/editions.ts";

/**
 * Astro's content store keeps an entry whose file content is unchanged, with its old file path: after building
 * from another EDITIONS_ROOT (a fixture, a translator's folder), a translation would still be compiled from the
 * old folder. So the store is dropped whenever the editions' root differs from the last build's.
 */
function forgetStoreOnNewRoot(cacheDir: URL): void {
  const dir = fileURLToPath(cacheDir);
  const marker = `${dir}/editions-root`;
  const root = editionsRoot();
  if (existsSync(marker) && readFileSync(marker, "utf8") === root) return;
  rmSync(`${dir}/data-store.json`, { force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(marker, root);
}

/**
 * Stops the build when a published edition lacks anything the English has (a page, a chapter, a heading or a tag
 * in a paragraph, a chart text, a glossary term, a claim translation, a corrections entry, a UI string), naming
 * each file and key. Drafts are not built, so never stop it: `npm run editions:report` lists their gaps.
 */
export function editionCompleteness(): AstroIntegration {
  return {
    name: "edition-completeness",
    hooks: {
      "astro:config:setup": ({ config }) => {
        forgetStoreOnNewRoot(config.cacheDir);
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
