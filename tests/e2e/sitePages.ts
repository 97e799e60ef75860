import { distFiles } from "../build/distPages.ts";

/** Every page the build produced, as a URL path relative to the site's base (e.g. "chapters/the-tilt/"). */
export function sitePaths(): string[] {
  return distFiles()
    .filter((file) => file.endsWith("index.html"))
    .map((file) => file.replace(/index\.html$/, ""));
}
