/**
 * `npm run editions:report`: what each translation still lacks against the English, file by file and key by key.
 * A draft's gaps are listed and do not fail; a published edition with gaps exits 1 (the build would stop on it too).
 */
import { editionGaps, formatGaps } from "./completeness.ts";
import { editionCodes, editionFile, editions } from "./editions.ts";

let failed = false;
for (const code of editionCodes) {
  if (code === "en") continue;
  const status = editionFile(code)?.status ?? "draft (no edition.yaml)";
  const gaps = editionGaps(code);
  console.log(`${editions[code].name} (${code}), ${status}: ${gaps.length === 0 ? "complete" : `${gaps.length} gap(s)`}`);
  if (gaps.length > 0) console.log(formatGaps(gaps));
  if (status === "published" && gaps.length > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
