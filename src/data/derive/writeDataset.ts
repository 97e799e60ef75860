/**
 * `npm run data:derive`: writes the curated dataset (content/data) derived from reference-data/.
 * Run it after the reference files change, and commit both; builds read only content/data.
 */
import { writeFileSync } from "node:fs";
import { contentData, deriveDataset } from "./deriveDataset.ts";

const files = deriveDataset();
for (const [name, text] of files) writeFileSync(new URL(name, contentData), text);
console.log(
  `wrote ${[...files].map(([name, text]) => `${name} (${text.trimEnd().split("\n").length - 1} rows)`).join(", ")} to content/data/`,
);
