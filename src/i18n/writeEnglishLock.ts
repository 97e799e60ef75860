/**
 * `npm run editions:lock [code...]`: records, for each translated file of the editions named (every translation if
 * none), the English it now follows (src/i18n/englishLock.ts). Run it after bringing a translation up to the English.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { currentLock, LOCK_FILE } from "./englishLock.ts";
import { editionCodes, editionDir, type EditionCode } from "./editions.ts";

const asked = process.argv.slice(2) as EditionCode[];
for (const code of asked.length > 0 ? asked : editionCodes.filter((c) => c !== "en")) {
  const path = join(editionDir(code), LOCK_FILE);
  writeFileSync(path, `${JSON.stringify(currentLock(code), null, 2)}\n`);
  console.log(`${path}: the English its ${Object.keys(currentLock(code)).length} files follow`);
}
