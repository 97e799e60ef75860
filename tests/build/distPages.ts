import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export const DIST = "dist";

/** Every file under dist/, as paths relative to it with forward slashes. */
export function distFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? distFiles(path) : [relative(DIST, path).split("\\").join("/")];
  });
}

/** Every built HTML page, with its text. */
export function distPages(): { path: string; html: string }[] {
  return distFiles()
    .filter((path) => path.endsWith(".html"))
    .map((path) => ({ path, html: readFileSync(join(DIST, path), "utf8") }));
}
